# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (UnknownOperationException: "The action or operation requested is invalid")
# A fixture of TckTest: a scenario that calls an operation its target lacks.
Feature: An operation the target lacks

  Scenario: A table update on a target without UpdateTable
    Given a table Employee keyed by LoginAlias
    When I call UpdateTable with:
      """
      {"TableName": "Employee", "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the request succeeds
