package com.example.bnnplus;

import bibench.operators.BinaryOperator;
import bibench.testkit.OperatorContract;

/** BNN+ meets the contract every BiBench-J operator must meet. */
class BnnPlusContractTest extends OperatorContract {
  @Override
  protected BinaryOperator newOperator() {
    return new BnnPlus();
  }
}
