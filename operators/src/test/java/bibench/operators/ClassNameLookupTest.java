package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A class named for an operator is type-checked before any of its code runs. */
class ClassNameLookupTest {
  /** Set by {@link NotAnOperator}'s static initializer. */
  static final AtomicBoolean NOT_AN_OPERATOR_INITIALIZED = new AtomicBoolean();

  /** Not an operator; its initializer records that it ran. */
  static final class NotAnOperator {
    static {
      NOT_AN_OPERATOR_INITIALIZED.set(true);
    }
  }

  /** An operator as a user might write one, delegating its layers to BNN. */
  public abstract static class UserOperator implements BinaryOperator {
    @Override
    public String id() {
      return "mine";
    }

    @Override
    public String displayName() {
      return "Mine";
    }

    @Override
    public String reference() {
      return "a user's own operator";
    }

    @Override
    public LayerBinarizer newLayer(LayerKind kind) {
      return new bibench.operators.impl.Bnn().newLayer(kind);
    }
  }

  /** An operator whose static initializer throws. */
  public static final class BrokenInitializer extends UserOperator {
    static final int VALUE = fail();

    private static int fail() {
      throw new IllegalStateException("no licence file");
    }
  }

  /** An operator whose constructor throws. */
  public static final class BrokenConstructor extends UserOperator {
    public BrokenConstructor() {
      throw new IllegalArgumentException("bad default");
    }
  }

  @Test
  void aClassOfTheWrongTypeIsRejectedWithoutRunningItsInitializer() {
    BadInputException e = assertThrows(BadInputException.class, () -> Operators.create(NotAnOperator.class.getName()));
    assertTrue(e.getMessage().startsWith("class " + NotAnOperator.class.getName() + " does not implement "
        + "bibench.operators.BinaryOperator"), e.getMessage());
    assertFalse(NOT_AN_OPERATOR_INITIALIZED.get(), "the static initializer ran before the type check");
  }

  @Test
  void aThrowingStaticInitializerOrConstructorIsBadInputNamingTheClass() {
    String name = BrokenInitializer.class.getName();
    BadInputException init = assertThrows(BadInputException.class, () -> Operators.create(name));
    assertEquals("operator class " + name + " failed in its static initializer (java.lang.IllegalStateException: "
        + "no licence file). Fix: fix the initializer; run with --stacktrace to see where it failed", init.getMessage());
    assertTrue(init.getCause() instanceof IllegalStateException);
    // the JVM remembers the failed initialization: asking again is still bad input, not a crash
    assertTrue(assertThrows(BadInputException.class, () -> Operators.create(name)).getMessage()
        .startsWith("operator class " + name + " cannot be instantiated (java.lang.NoClassDefFoundError"));
    BadInputException ctor = assertThrows(BadInputException.class,
        () -> Operators.create(BrokenConstructor.class.getName()));
    assertTrue(ctor.getMessage().startsWith("operator class " + BrokenConstructor.class.getName()
        + " failed in its constructor (java.lang.IllegalArgumentException: bad default)"), ctor.getMessage());
  }
}
