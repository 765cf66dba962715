# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithItems.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
# Seed: "Can write a single item in each request"
# Seed: "To create an item, use **PutItem** action. Requires the partition key and the sort key if there is one in the table."
# Seed: "By default, PutItem will update the item if it already exists. To determine if already exists, if the table has a simple primary key then it uses partition key to determine if exists and if composite key it uses both partition key and sort key"
@put_item
Feature: PutItem writes one whole item
  API_PutItem: "Creates a new item, or replaces an old item with a new item. If an item that has
  the same primary key as the new item already exists in the specified table, the new item
  completely replaces the existing item."

  Background:
    Given a table Employee keyed by LoginAlias

  Scenario: The seed's Employee item is created and reads back as written
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"}, "Skills": {"SS": ["python", "aws"]}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "ManagerLoginAlias": {"S": "mateoj"}, "Skills": {"SS": ["python", "aws"]}}
      """

  Scenario: One request writes exactly one item, under its own key
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "Irene"}}
      """

  Scenario: A put without ReturnValues returns an empty response
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the response is:
      """
      {}
      """

  Scenario: A put to an existing key replaces the whole item, dropping attributes the new item lacks
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}, "Skills": {"SS": ["python", "aws"]}}
      """
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}
      """

  Scenario: ReturnValues ALL_OLD returns the item the put replaced
    Given the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irena"}}, "ReturnValues": "ALL_OLD"}
      """
    Then the returned attributes are:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """

  Scenario: ReturnValues ALL_OLD returns nothing when the put created the item
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "ALL_OLD"}
      """
    Then the request succeeds
    And the response has no Attributes

  Scenario: PutItem accepts only NONE and ALL_OLD as ReturnValues
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ReturnValues": "ALL_NEW"}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  Scenario: Every attribute type round-trips unchanged
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "Age": {"N": "34"}, "Photo": {"B": "aGVsbG8="}, "Active": {"BOOL": true}, "Retired": {"NULL": true},
       "Skills": {"SS": ["python", "aws"]}, "Scores": {"NS": ["1", "2.5"]}, "Keys": {"BS": ["AQI=", "AwQ="]},
       "Address": {"M": {"City": {"S": "Seattle"}, "Zip": {"N": "98101"}}}, "Projects": {"L": [{"S": "atlas"}, {"N": "7"}]}}
      """
    Then the request succeeds
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "Age": {"N": "34"}, "Photo": {"B": "aGVsbG8="}, "Active": {"BOOL": true}, "Retired": {"NULL": true},
       "Skills": {"SS": ["aws", "python"]}, "Scores": {"NS": ["2.5", "1"]}, "Keys": {"BS": ["AwQ=", "AQI="]},
       "Address": {"M": {"City": {"S": "Seattle"}, "Zip": {"N": "98101"}}}, "Projects": {"L": [{"S": "atlas"}, {"N": "7"}]}}
      """

  Scenario: A put into a table that does not exist fails with ResourceNotFoundException
    When I put an item into Nonexistent:
      """
      {"LoginAlias": {"S": "irenes"}}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: On a composite key table, a put with a new sort key value creates a second item
    Given a table Music keyed by Artist and sorted by SongTitle
    And the item in Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
    When I put an item into Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "My Dog Spot"}}
      """
    Then the request succeeds
    And Music holds the item:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
    And Music holds the item:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "My Dog Spot"}}
      """

  Scenario: On a composite key table, a put with the same partition and sort key replaces the item
    Given a table Music keyed by Artist and sorted by SongTitle
    And the item in Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "Year": {"N": "2019"}}
      """
    When I put an item into Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "Year": {"N": "2020"}}
      """
    Then the request succeeds
    And Music holds the item:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}, "Year": {"N": "2020"}}
      """
