# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (UnknownOperationException: "The action or operation requested is invalid")
# A fixture of TckTest: a scenario that calls an operation its target lacks.
Feature: An operation the target lacks

  Scenario: The account's limits asked of a target without DescribeLimits
    Given a table Employee keyed by LoginAlias
    When I call DescribeLimits with:
      """
      {}
      """
    Then the request succeeds
