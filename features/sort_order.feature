# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.Partitions.html ("stores all the items with the same partition key value physically close together, ordered by sort key value")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html (ScanIndexForward: "Query results are always sorted by the sort key value. If the data type of the sort key is Number, the results are returned in numeric order; otherwise, the results are returned in order of UTF-8 bytes.")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (binary values compared as unsigned bytes)
# Seed: "This example, imagine the item with hash value of "A" but with sort key of 1. Now imagine another item is added with hash A and with sort key of 2. Dynamo checks the metadata table of hash to partition mappings and sees that items with hash value of A should belong on partition 1 so it gets sent to partition 1. Here's where it gets interesting - dynamo sorts items on partition by sort key value"
@query
Feature: Items that share a partition key are kept in sort key order

  Scenario: The seed's items A/1 and A/2 come back in sort key order, whatever order they were written in
    Given a table Seed with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | N    | RANGE |
    And the items in Seed:
      """
      [{"PK": {"S": "A"}, "SK": {"N": "2"}}, {"PK": {"S": "A"}, "SK": {"N": "1"}}]
      """
    When I query Seed with:
      """
      {"KeyConditionExpression": "PK = :a", "ExpressionAttributeValues": {":a": {"S": "A"}}}
      """
    Then the query returns the items:
      """
      [{"PK": {"S": "A"}, "SK": {"N": "1"}}, {"PK": {"S": "A"}, "SK": {"N": "2"}}]
      """

  Scenario: Number sort keys are ordered by value, not as text
    Given a table Seed with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | N    | RANGE |
    And the items in Seed:
      """
      [{"PK": {"S": "A"}, "SK": {"N": "10"}}, {"PK": {"S": "A"}, "SK": {"N": "-3"}}, {"PK": {"S": "A"}, "SK": {"N": "2.5"}}, {"PK": {"S": "A"}, "SK": {"N": "1"}}]
      """
    When I query Seed with:
      """
      {"KeyConditionExpression": "PK = :a", "ExpressionAttributeValues": {":a": {"S": "A"}}}
      """
    Then the query returns the SK values in this order:
      """
      [{"N": "-3"}, {"N": "1"}, {"N": "2.5"}, {"N": "10"}]
      """

  Scenario: String sort keys are ordered by UTF-8 bytes: capitals before lower case, digits first
    Given a table Music keyed by Artist and sorted by SongTitle
    And the items in Music:
      """
      [{"Artist": {"S": "A"}, "SongTitle": {"S": "banana"}}, {"Artist": {"S": "A"}, "SongTitle": {"S": "Zebra"}},
       {"Artist": {"S": "A"}, "SongTitle": {"S": "apple"}}, {"Artist": {"S": "A"}, "SongTitle": {"S": "10"}},
       {"Artist": {"S": "A"}, "SongTitle": {"S": "9"}}, {"Artist": {"S": "A"}, "SongTitle": {"S": "é"}}]
      """
    When I query Music with:
      """
      {"KeyConditionExpression": "Artist = :a", "ExpressionAttributeValues": {":a": {"S": "A"}}}
      """
    Then the query returns the SongTitle values in this order:
      """
      [{"S": "10"}, {"S": "9"}, {"S": "Zebra"}, {"S": "apple"}, {"S": "banana"}, {"S": "é"}]
      """

  Scenario: Binary sort keys are ordered as unsigned bytes
    Given a table Blobs with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | B    | RANGE |
    And the items in Blobs:
      """
      [{"PK": {"S": "A"}, "SK": {"B": "/w=="}}, {"PK": {"S": "A"}, "SK": {"B": "AQ=="}}, {"PK": {"S": "A"}, "SK": {"B": "fw=="}}]
      """
    When I query Blobs with:
      """
      {"KeyConditionExpression": "PK = :a", "ExpressionAttributeValues": {":a": {"S": "A"}}}
      """
    Then the query returns the SK values in this order:
      """
      [{"B": "AQ=="}, {"B": "fw=="}, {"B": "/w=="}]
      """

  Scenario: ScanIndexForward false returns the items in descending sort key order
    Given a table Seed with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | N    | RANGE |
    And the items in Seed:
      """
      [{"PK": {"S": "A"}, "SK": {"N": "1"}}, {"PK": {"S": "A"}, "SK": {"N": "2"}}, {"PK": {"S": "A"}, "SK": {"N": "10"}}]
      """
    When I query Seed with:
      """
      {"KeyConditionExpression": "PK = :a", "ExpressionAttributeValues": {":a": {"S": "A"}}, "ScanIndexForward": false}
      """
    Then the query returns the SK values in this order:
      """
      [{"N": "10"}, {"N": "2"}, {"N": "1"}]
      """

  Scenario: A query returns only the items of its partition key
    Given a table Seed with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | N    | RANGE |
    And the items in Seed:
      """
      [{"PK": {"S": "A"}, "SK": {"N": "1"}}, {"PK": {"S": "B"}, "SK": {"N": "1"}}, {"PK": {"S": "A"}, "SK": {"N": "2"}}]
      """
    When I query Seed with:
      """
      {"KeyConditionExpression": "PK = :a", "ExpressionAttributeValues": {":a": {"S": "A"}}}
      """
    Then the query returns the SK values in this order:
      """
      [{"N": "1"}, {"N": "2"}]
      """

  @reference-only
  Scenario: Every replica of the partition stores the items in sort key order
    Given a table Seed with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | N    | RANGE |
    And the items in Seed:
      """
      [{"PK": {"S": "A"}, "SK": {"N": "2"}}, {"PK": {"S": "A"}, "SK": {"N": "10"}}, {"PK": {"S": "A"}, "SK": {"N": "1"}}]
      """
    Then every replica of the partition holding "A" in Seed stores its items in this SK order:
      """
      [{"N": "1"}, {"N": "2"}, {"N": "10"}]
      """
