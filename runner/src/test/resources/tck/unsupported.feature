# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (UnknownOperationException: "The action or operation requested is invalid")
# A fixture of TckTest: a scenario that calls an operation its target lacks.
Feature: An operation the target lacks

  Scenario: A transaction on a target without transactions
    Given a table Employee keyed by LoginAlias
    When I call TransactWriteItems with:
      """
      {"TransactItems": [{"Put": {"TableName": "Employee", "Item": {"LoginAlias": {"S": "irenes"}}}}]}
      """
    Then the request succeeds
