# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html ("You must provide all of the attributes for the primary key")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.CoreComponents.html (primary key)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (key attributes are scalar S, N or B; empty key values)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html (partition key 2048 bytes, sort key 1024 bytes)
# Seed: "Requires the key-attributes (PK for simple key table or PK+SK for composite key table)"
# Seed: "To create an item, use **PutItem** action. Requires the partition key and the sort key if there is one in the table."
@key_attributes
Feature: Every write names the whole primary key
  API_PutItem: "You must provide all of the attributes for the primary key. For example, with a
  simple primary key, you only need to provide a value for the partition key. For a composite
  primary key, you must provide both values for both the partition key and the sort key." And:
  "If you specify any attributes that are part of an index key, then the data types for those
  attributes must match those of the schema in the table's attribute definition."

  Scenario: A put without the partition key is rejected
    Given a table Employee keyed by LoginAlias
    When I put an item into Employee:
      """
      {"FirstName": {"S": "Irene"}, "LastName": {"S": "Smith"}}
      """
    Then the request fails with ValidationException

  Scenario: On a composite key table, a put without the sort key is rejected
    Given a table Music keyed by Artist and sorted by SongTitle
    When I put an item into Music:
      """
      {"Artist": {"S": "No One You Know"}, "Year": {"N": "2019"}}
      """
    Then the request fails with ValidationException

  Scenario: On a composite key table, a put without the partition key is rejected
    Given a table Music keyed by Artist and sorted by SongTitle
    When I put an item into Music:
      """
      {"SongTitle": {"S": "Call Me Today"}}
      """
    Then the request fails with ValidationException

  Scenario: A key attribute of the wrong type is rejected
    Given a table Employee keyed by LoginAlias
    When I put an item into Employee:
      """
      {"LoginAlias": {"N": "42"}, "FirstName": {"S": "Irene"}}
      """
    Then the request fails with ValidationException

  Scenario: A number partition key is accepted where the schema says N
    Given a table Orders with key schema:
      | attribute | type | key  |
      | OrderId   | N    | HASH |
    When I put an item into Orders:
      """
      {"OrderId": {"N": "42"}, "Total": {"N": "9.99"}}
      """
    Then the request succeeds
    And Orders holds the item:
      """
      {"OrderId": {"N": "42"}, "Total": {"N": "9.99"}}
      """

  Scenario: An empty string as partition key value is rejected
    Given a table Employee keyed by LoginAlias
    When I put an item into Employee:
      """
      {"LoginAlias": {"S": ""}}
      """
    Then the request fails with ValidationException

  Scenario: A partition key value of 2048 bytes is accepted
    Given a table Employee keyed by LoginAlias
    When I put an item into Employee whose LoginAlias is a string of 2048 bytes
    Then the request succeeds
    And Employee holds the item as written

  Scenario: A partition key value of 2049 bytes is rejected
    Given a table Employee keyed by LoginAlias
    When I put an item into Employee whose LoginAlias is a string of 2049 bytes
    Then the request fails with ValidationException

  Scenario: A sort key value of 1024 bytes is accepted
    Given a table Music keyed by Artist and sorted by SongTitle
    When I put an item into Music whose SongTitle is a string of 1024 bytes
    Then the request succeeds
    And Music holds the item as written

  Scenario: A sort key value of 1025 bytes is rejected
    Given a table Music keyed by Artist and sorted by SongTitle
    When I put an item into Music whose SongTitle is a string of 1025 bytes
    Then the request fails with ValidationException

  Scenario: GetItem needs the whole key too
    Given a table Music keyed by Artist and sorted by SongTitle
    And the item in Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
    When I get the item from Music with key:
      """
      {"Artist": {"S": "No One You Know"}}
      """
    Then the request fails with ValidationException

  Scenario: A key with an attribute that is not part of the primary key is rejected
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I get the item from Employee with key:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    Then the request fails with ValidationException

  Scenario: DeleteItem without the sort key is rejected and deletes nothing
    Given a table Music keyed by Artist and sorted by SongTitle
    And the item in Music:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
    When I delete the item from Music with key:
      """
      {"Artist": {"S": "No One You Know"}}
      """
    Then the request fails with ValidationException
    And Music holds the item:
      """
      {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "Call Me Today"}}
      """
