# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html (ExclusiveStartTableName "The first table name that this operation will evaluate. Use the value that was returned for LastEvaluatedTableName in a previous operation"; Limit "A maximum number of table names to return. If this parameter is not specified, the limit is 100", minimum 1, maximum 100; LastEvaluatedTableName "The name of the last table in the current page of results ... If you do not receive a LastEvaluatedTableName value in the response, this means that there are no more table names to be retrieved")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html ("Listing table names": the names are returned page by page)
# Seed: "When you create dynamodb table, the table is created and there is metadata stored about the table along with it. The metadata inludes the key attributes and capacity, etc."
@list_tables
Feature: ListTables pages through the table names
  The scenario's tables are named so that they sort together; a listing starts after a name
  that sorts just before them, so that tables of other runs do not enter the pages.

  Background:
    Given a table Beta keyed by Id
    And a table Gamma keyed by Id
    And a table Delta keyed by Id

  Scenario: Without a Limit, one page lists every table, and has no LastEvaluatedTableName
    When I list the tables with:
      """
      {"ExclusiveStartTableName": "Alpha"}
      """
    Then the listed tables of this scenario are:
      """
      ["Beta", "Delta", "Gamma"]
      """

  Scenario: Limit 2 returns two names and the last of them as LastEvaluatedTableName; the next page ends the list
    When I list the tables with:
      """
      {"ExclusiveStartTableName": "Alpha", "Limit": 2}
      """
    Then the TableNames in the response is:
      """
      ["Beta", "Delta"]
      """
    And the LastEvaluatedTableName in the response is:
      """
      "Delta"
      """
    When I list the tables with:
      """
      {"ExclusiveStartTableName": "Delta", "Limit": 2}
      """
    Then the listed tables of this scenario are:
      """
      ["Gamma"]
      """

  Scenario: ExclusiveStartTableName is exclusive: the name itself is not listed again
    When I list the tables with:
      """
      {"ExclusiveStartTableName": "Beta", "Limit": 1}
      """
    Then the TableNames in the response is:
      """
      ["Delta"]
      """
    And the LastEvaluatedTableName in the response is:
      """
      "Delta"
      """

  Scenario: Limit 1 pages through the tables one at a time
    When I list the tables with:
      """
      {"ExclusiveStartTableName": "Alpha", "Limit": 1}
      """
    Then the TableNames in the response is:
      """
      ["Beta"]
      """
    And the LastEvaluatedTableName in the response is:
      """
      "Beta"
      """

  Scenario Outline: A Limit of <limit> is refused
    When I list the tables with:
      """
      {"Limit": <limit>}
      """
    Then the request fails with ValidationException

    Examples:
      | limit |
      | 0     |
      | 101   |
