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
  void biBenchsOperatorsComeFirstInTheirOrderAndFp32Last() {
    List<String> ids = Operators.ids();
    List<String> bibench = Operators.bibenchIds();
    assertEquals(bibench.subList(0, bibench.size() - 1), ids.subList(0, bibench.size() - 1),
        "BiBench's eight, in the paper's order");
    assertEquals("fp32", ids.get(ids.size() - 1));
    assertTrue(ids.containsAll(bibench));
    assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "ids are unique");
  }

  @Test
  void theOperatorsOfLaterPapersAreRegisteredButNotInTheDefaultSet() {
    for (String id : List.of("biper", "bitnet158", "bitnet158-median", "bitnet158-a1", "pbllm", "bivit")) {
      assertTrue(Operators.ids().contains(id), id);
      assertTrue(!Operators.bibenchIds().contains(id), id);
      assertEquals(id, Operators.create(id).id());
    }
  }

  @Test
  void optionsAfterTheIdConfigureTheOperatorAndNameItsRows() {
    assertEquals("pbllm:p=0.2", Operators.create("pbllm:p=0.20").id());
    assertEquals("pbllm", Operators.create("pbllm:p=0.1").id(), "the default value gives the plain id");
    assertEquals("biper:omega=30", Operators.create("biper:omega=30").id());
    BinaryOperator sab = Operators.create("react:attention=sab");
    assertEquals("react:attention=sab", sab.id());
    assertEquals("sab", sab.attention().id());
    assertTrue(sab.attentionOnly());
    assertEquals("bnn", Operators.create("bnn:attention=step").id(), "the operator's own attention changes nothing");
    assertEquals("pbllm:p=0.3:attention=sab", Operators.create("pbllm:attention=sab:p=0.3").id());
  }

  @Test
  void badOptionsAreOneErrorNamingTheOptionAndTheFix() {
    BadInputException unknown = assertThrows(BadInputException.class, () -> Operators.create("bnn:p=0.2"));
    assertTrue(unknown.getMessage().startsWith("operator bnn takes no option [p]"), unknown.getMessage());
    BadInputException range = assertThrows(BadInputException.class, () -> Operators.create("pbllm:p=1.5"));
    assertTrue(range.getMessage().contains("p=1.5") && range.getMessage().contains("[0.0, 1.0]"), range.getMessage());
    BadInputException form = assertThrows(BadInputException.class, () -> Operators.create("pbllm:p"));
    assertTrue(form.getMessage().contains("not key=value"), form.getMessage());
    BadInputException attention = assertThrows(BadInputException.class, () -> Operators.create("bnn:attention=foo"));
    assertTrue(attention.getMessage().contains("unknown attention binarizer 'foo'"), attention.getMessage());
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
    assertEquals("unknown operator 'xnr'. Fix: use one of: " + String.join(", ", Operators.ids())
        + " (or the class name of a BinaryOperator on the class path)", e.getMessage());
    assertTrue(e.getMessage().contains("xnor, "), e.getMessage());
  }

  @Test
  void aClassNameFindsAnOperatorOutsideTheRegistry() {
    assertEquals("bnn", Operators.create(Bnn.class.getName()).id());
    BadInputException e = assertThrows(BadInputException.class, () -> Operators.create("java.lang.String"));
    assertTrue(e.getMessage().startsWith("class java.lang.String does not implement bibench.operators.BinaryOperator"),
        e.getMessage());
  }
}
