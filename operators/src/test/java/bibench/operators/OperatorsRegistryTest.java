package bibench.operators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bibench.BadInputException;
import bibench.operators.impl.Bnn;
import java.util.List;
import org.junit.jupiter.api.Test;

class OperatorsRegistryTest {

  @Test
  void theNineOperatorsAreRegisteredInBiBenchOrder() {
    assertEquals(List.of("bnn", "xnor", "dorefa", "bireal", "xnorpp", "react", "recu", "fda", "fp32"),
        Operators.ids());
  }

  @Test
  void everyOperatorCitesItsPaperAndSaysWhetherItIsBinary() {
    for (BinaryOperator op : Operators.all()) {
      assertTrue(op.reference().length() > 10, op.id());
      assertEquals(!op.id().equals("fp32"), op.binary(), op.id());
    }
  }

  @Test
  void eachLookupGivesAFreshInstance() {
    assertNotSame(Operators.create("recu"), Operators.create("recu"));
  }

  @Test
  void anUnknownIdIsOneErrorListingTheKnownIds() {
    BadInputException e = assertThrows(BadInputException.class, () -> Operators.create("xnr"));
    assertEquals("unknown operator 'xnr'. Fix: use one of: bnn, xnor, dorefa, bireal, xnorpp, react, "
        + "recu, fda, fp32 (or the class name of a BinaryOperator on the class path)", e.getMessage());
  }

  @Test
  void aClassNameFindsAnOperatorOutsideTheRegistry() {
    assertEquals("bnn", Operators.create(Bnn.class.getName()).id());
    BadInputException e = assertThrows(BadInputException.class, () -> Operators.create("java.lang.String"));
    assertTrue(e.getMessage().startsWith("class java.lang.String does not implement bibench.operators.BinaryOperator"),
        e.getMessage());
  }
}
