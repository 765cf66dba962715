# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html (ExclusiveStartTableName "The first table name that this operation will evaluate. Use the value that was returned for LastEvaluatedTableName in a previous operation"; Limit "A maximum number of table names to return. If this parameter is not specified, the limit is 100", minimum 1, maximum 100; LastEvaluatedTableName "The name of the last table in the current page of results ... If you do not receive a LastEvaluatedTableName value in the response, this means that there are no more table names to be retrieved")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (ValidationException; the messages below are DynamoDB's as dynalite's validations record them: "Value '<value>' at '<member>' failed to satisfy constraint: ...")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html ("Listing table names": the names are returned page by page)
# Seed: "When you create dynamodb table, the table is created and there is metadata stored about the table along with it. The metadata inludes the key attributes and capacity, etc."
@list_tables @serial
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

  @strict
  Scenario Outline: A Limit of <limit> is named in the message
    When I call ListTables with:
      """
      {"Limit": <limit>}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value '<limit>' at 'limit' failed to satisfy constraint: Member must have value <bound>"

    Examples:
      | limit | bound                               |
      | 0     | greater than or equal to 1          |
      | 101   | less than or equal to 100           |

  @strict
  Scenario Outline: An ExclusiveStartTableName "<name>" is named in the message
    When I call ListTables with:
      """
      {"ExclusiveStartTableName": "<name>"}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value '<name>' at 'exclusiveStartTableName' failed to satisfy constraint: Member must <constraint>"

    Examples:
      | name    | constraint                                                 |
      | ab      | have length greater than or equal to 3                     |
      | a b c   | satisfy regular expression pattern: [a-zA-Z0-9_.-]+        |
