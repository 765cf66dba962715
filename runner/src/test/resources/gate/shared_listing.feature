# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html ("Returns an array of table names associated with the current account and endpoint")
# A fixture of ParallelSuiteTest: what the gate refuses to scenarios not tagged to run alone.
Feature: What a scenario that shares the target may not rely on

  Scenario: A listing of every table, untagged
    Given a table Employee keyed by LoginAlias
    When I call ListTables with:
      """
      {}
      """
    Then the request succeeds

  @serial
  Scenario: A listing of every table, tagged to run alone
    Given a table Employee keyed by LoginAlias
    When I call ListTables with:
      """
      {}
      """
    Then the request succeeds

  Scenario: A zone failed, untagged
    Given a table Employee keyed by LoginAlias
    When AZ a fails
