# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html (KeyConditionExpression: "sortKeyName = :sortkeyval", "<", "<=", ">", ">=", "sortKeyName BETWEEN :sortkeyval1 AND :sortkeyval2 - true if the sort key value is greater than or equal to :sortkeyval1, and less than or equal to :sortkeyval2", "begins_with ( sortKeyName, :sortkeyval ) - true if the sort key value begins with a particular operand"; ScanIndexForward; Limit "The maximum number of items to evaluate (not necessarily the number of matching items)"; ExclusiveStartKey; LastEvaluatedKey; Count and ScannedCount; Select COUNT)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html ("If the data type of the sort key is Number, the results are returned in numeric order. Otherwise, the results are returned in order of UTF-8 bytes")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html ("If LastEvaluatedKey is present in the response, you need to paginate the result set"; "A Query operation ... returns LastEvaluatedKey ... Use this value to start a new operation, excluding this value in the new request")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Other.html (Limit; "Counting the items in the results": ScannedCount is the number of items that matched the key condition expression before a filter was applied, Count the number after)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html (Query: "All items returned are treated as a single read operation, whereby DynamoDB computes the total size of all items and then rounds up to the next 4 KB boundary")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html (the legacy KeyConditions: the partition key as an EQ condition, optionally one sort key condition: EQ, LE, LT, GE, GT, BEGINS_WITH, BETWEEN) and LegacyConditionalParameters.QueryFilter.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html (the legacy AttributesToGet: the attributes to return); exact messages of refused requests as dynalite's validations record DynamoDB's
# Record: dynalite's test suite, which records live DynamoDB's answers (query validations: the legacy KeyConditions NULL, NOT_NULL, CONTAINS, NOT_CONTAINS and IN are "not an indexable operation", LE, LT, GE, GT, BEGINS_WITH and BETWEEN on a partition key and a second condition on a table without a sort key "Query key condition not supported"); the message for a key value of the wrong type as DynamoDB's answers quoted in public bug reports give it ("One or more parameter values were invalid: Condition parameter type does not match schema type")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html ("The minimum length of a partition key value is 1 byte")
# Seed: "dynamo sorts items on partition by sort key value"
@query
Feature: Query reads one item collection, narrowed by one sort key condition, page by page
  A query names one partition key value and optionally one condition on the sort key. It reads
  the matching items in sort key order (numeric for numbers, UTF-8 bytes for strings, unsigned
  bytes for binary), or in reverse with ScanIndexForward false. Limit caps the items read in one
  page; a page that stops early carries LastEvaluatedKey, from which the next page resumes.

  Background:
    Given a table Events with key schema:
      | attribute | type | key   |
      | Device    | S    | HASH  |
      | Seq       | N    | RANGE |
    And the items in Events:
      """
      [{"Device": {"S": "d1"}, "Seq": {"N": "1"}, "Reading": {"N": "10"}},
       {"Device": {"S": "d1"}, "Seq": {"N": "2"}, "Reading": {"N": "20"}},
       {"Device": {"S": "d1"}, "Seq": {"N": "3"}, "Reading": {"N": "30"}},
       {"Device": {"S": "d1"}, "Seq": {"N": "10"}, "Reading": {"N": "100"}},
       {"Device": {"S": "d1"}, "Seq": {"N": "20"}, "Reading": {"N": "200"}},
       {"Device": {"S": "d2"}, "Seq": {"N": "5"}, "Reading": {"N": "50"}}]
      """

  Scenario Outline: "<condition>" on a number sort key, ScanIndexForward <forward>, returns <count> items
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d AND <condition>", "ExpressionAttributeValues": {":d": {"S": "d1"}, <values>}, "ScanIndexForward": <forward>}
      """
    Then the query returns the Seq values in this order:
      """
      <seqs>
      """
    And the response includes:
      """
      {"Count": <count>, "ScannedCount": <count>}
      """
    And the response has no LastEvaluatedKey

    Examples:
      | condition             | values                             | forward | count | seqs                                                  |
      | Seq = :v              | ":v": {"N": "10"}                  | true    | 1     | [{"N": "10"}]                                         |
      | Seq < :v              | ":v": {"N": "10"}                  | true    | 3     | [{"N": "1"}, {"N": "2"}, {"N": "3"}]                  |
      | Seq <= :v             | ":v": {"N": "10"}                  | true    | 4     | [{"N": "1"}, {"N": "2"}, {"N": "3"}, {"N": "10"}]     |
      | Seq > :v              | ":v": {"N": "3"}                   | true    | 2     | [{"N": "10"}, {"N": "20"}]                            |
      | Seq >= :v             | ":v": {"N": "3"}                   | true    | 3     | [{"N": "3"}, {"N": "10"}, {"N": "20"}]                |
      | Seq BETWEEN :v AND :w | ":v": {"N": "2"}, ":w": {"N": "10"} | true    | 3     | [{"N": "2"}, {"N": "3"}, {"N": "10"}]                 |
      | Seq = :v              | ":v": {"N": "10"}                  | false   | 1     | [{"N": "10"}]                                         |
      | Seq < :v              | ":v": {"N": "10"}                  | false   | 3     | [{"N": "3"}, {"N": "2"}, {"N": "1"}]                  |
      | Seq <= :v             | ":v": {"N": "10"}                  | false   | 4     | [{"N": "10"}, {"N": "3"}, {"N": "2"}, {"N": "1"}]     |
      | Seq > :v              | ":v": {"N": "3"}                   | false   | 2     | [{"N": "20"}, {"N": "10"}]                            |
      | Seq >= :v             | ":v": {"N": "3"}                   | false   | 3     | [{"N": "20"}, {"N": "10"}, {"N": "3"}]                |
      | Seq BETWEEN :v AND :w | ":v": {"N": "2"}, ":w": {"N": "10"} | false   | 3     | [{"N": "10"}, {"N": "3"}, {"N": "2"}]                 |
      | Seq BETWEEN :v AND :w | ":v": {"N": "3"}, ":w": {"N": "3"}  | true    | 1     | [{"N": "3"}]                                          |
      | Seq = :v              | ":v": {"N": "4"}                   | true    | 0     | []                                                    |
      | Seq BETWEEN :v AND :w | ":v": {"N": "4"}, ":w": {"N": "9"}  | true    | 0     | []                                                    |
      | Seq > :v              | ":v": {"N": "20"}                  | true    | 0     | []                                                    |
      | Seq < :v              | ":v": {"N": "1"}                   | false   | 0     | []                                                    |
      | Seq >= :v             | ":v": {"N": "21"}                  | false   | 0     | []                                                    |

  Scenario Outline: "<condition>" on a string sort key returns <expected>
    Given a table Files with key schema:
      | attribute | type | key   |
      | Folder    | S    | HASH  |
      | FilePath      | S    | RANGE |
    And the items in Files:
      """
      [{"Folder": {"S": "f"}, "FilePath": {"S": "a"}}, {"Folder": {"S": "f"}, "FilePath": {"S": "ab"}},
       {"Folder": {"S": "f"}, "FilePath": {"S": "abc"}}, {"Folder": {"S": "f"}, "FilePath": {"S": "b"}},
       {"Folder": {"S": "f"}, "FilePath": {"S": "ba"}}, {"Folder": {"S": "g"}, "FilePath": {"S": "ab"}}]
      """
    When I query Files with:
      """
      {"KeyConditionExpression": "Folder = :f AND <condition>", "ExpressionAttributeValues": {":f": {"S": "f"}, <values>}, "ScanIndexForward": <forward>}
      """
    Then the query returns the FilePath values in this order:
      """
      <expected>
      """

    Examples:
      | condition                | values                               | forward | expected                                          |
      | begins_with(FilePath, :p)    | ":p": {"S": "ab"}                    | true    | [{"S": "ab"}, {"S": "abc"}]                       |
      | begins_with(FilePath, :p)    | ":p": {"S": "ab"}                    | false   | [{"S": "abc"}, {"S": "ab"}]                       |
      | begins_with(FilePath, :p)    | ":p": {"S": "c"}                     | true    | []                                                |
      | begins_with(FilePath, :p)    | ":p": {"S": "abcd"}                  | true    | []                                                |
      | FilePath BETWEEN :p AND :q   | ":p": {"S": "ab"}, ":q": {"S": "b"}  | true    | [{"S": "ab"}, {"S": "abc"}, {"S": "b"}]           |
      | FilePath < :p                | ":p": {"S": "b"}                     | true    | [{"S": "a"}, {"S": "ab"}, {"S": "abc"}]           |
      | FilePath > :p                | ":p": {"S": "ab"}                    | true    | [{"S": "abc"}, {"S": "b"}, {"S": "ba"}]           |
      | FilePath <= :p               | ":p": {"S": "ab"}                    | false   | [{"S": "ab"}, {"S": "a"}]                         |
      | FilePath = :p                | ":p": {"S": "ab"}                    | true    | [{"S": "ab"}]                                     |
      | begins_with(FilePath, :p)    | ":p": {"S": "a"}                     | true    | [{"S": "a"}, {"S": "ab"}, {"S": "abc"}]           |
      | begins_with(FilePath, :p)    | ":p": {"S": "􏿿"}                     | true    | []                                                |
      | begins_with(FilePath, :p)    | ":p": {"S": "a􏿿"}                    | true    | []                                                |

  Scenario Outline: "<condition>" on a binary sort key compares unsigned bytes
    Given a table Blobs with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | B    | RANGE |
    And the items in Blobs:
      """
      [{"PK": {"S": "A"}, "SK": {"B": "AQ=="}}, {"PK": {"S": "A"}, "SK": {"B": "AQI="}},
       {"PK": {"S": "A"}, "SK": {"B": "Ag=="}}, {"PK": {"S": "A"}, "SK": {"B": "/w=="}}]
      """
    When I query Blobs with:
      """
      {"KeyConditionExpression": "PK = :a AND <condition>", "ExpressionAttributeValues": {":a": {"S": "A"}, <values>}}
      """
    Then the query returns the SK values in this order:
      """
      <expected>
      """

    Examples:
      | condition              | values                                | expected                                   |
      | begins_with(SK, :b)    | ":b": {"B": "AQ=="}                   | [{"B": "AQ=="}, {"B": "AQI="}]             |
      | SK > :b                | ":b": {"B": "Ag=="}                   | [{"B": "/w=="}]                            |
      | SK >= :b               | ":b": {"B": "AQI="}                   | [{"B": "AQI="}, {"B": "Ag=="}, {"B": "/w=="}] |
      | SK BETWEEN :b AND :c   | ":b": {"B": "AQE="}, ":c": {"B": "Ag=="} | [{"B": "AQI="}, {"B": "Ag=="}]          |
      | begins_with(SK, :b)    | ":b": {"B": "/w=="}                   | [{"B": "/w=="}]                            |
      | begins_with(SK, :b)    | ":b": {"B": "Af8="}                   | []                                         |

  Scenario: A query on a number sort key with begins_with is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d AND begins_with(Seq, :v)", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":v": {"N": "1"}}}
      """
    Then the request fails with ValidationException

  Scenario: Limit stops a page after that many items, and LastEvaluatedKey resumes it
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d1"}}, "Limit": 2}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "1"}, {"N": "2"}]
      """
    And the LastEvaluatedKey in the response is:
      """
      {"Device": {"S": "d1"}, "Seq": {"N": "2"}}
      """
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d1"}}, "Limit": 2,
       "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"N": "2"}}}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "3"}, {"N": "10"}]
      """
    And the LastEvaluatedKey in the response is:
      """
      {"Device": {"S": "d1"}, "Seq": {"N": "10"}}
      """
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d1"}}, "Limit": 2,
       "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"N": "10"}}}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "20"}]
      """
    And the response has no LastEvaluatedKey

  Scenario: Pages of a descending query with a sort key condition resume below the last key
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d AND Seq BETWEEN :lo AND :hi", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":lo": {"N": "2"}, ":hi": {"N": "20"}},
       "ScanIndexForward": false, "Limit": 3}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "20"}, {"N": "10"}, {"N": "3"}]
      """
    And the LastEvaluatedKey in the response is:
      """
      {"Device": {"S": "d1"}, "Seq": {"N": "3"}}
      """
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d AND Seq BETWEEN :lo AND :hi", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":lo": {"N": "2"}, ":hi": {"N": "20"}},
       "ScanIndexForward": false, "Limit": 3, "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"N": "3"}}}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "2"}]
      """
    And the response has no LastEvaluatedKey

  Scenario: Limit counts the items read, before the filter
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "FilterExpression": "Reading > :r",
       "ExpressionAttributeValues": {":d": {"S": "d1"}, ":r": {"N": "20"}}, "Limit": 3}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "3"}]
      """
    And the response includes:
      """
      {"Count": 1, "ScannedCount": 3, "LastEvaluatedKey": {"Device": {"S": "d1"}, "Seq": {"N": "3"}}}
      """

  Scenario: Select COUNT counts the items that pass the filter, and returns none of them
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "FilterExpression": "Reading >= :r",
       "ExpressionAttributeValues": {":d": {"S": "d1"}, ":r": {"N": "30"}}, "Select": "COUNT"}
      """
    Then the response includes:
      """
      {"Count": 3, "ScannedCount": 5}
      """
    And the response has no Items

  Scenario: A ProjectionExpression returns only the attributes it names
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d AND Seq <= :s", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":s": {"N": "2"}},
       "ProjectionExpression": "Reading"}
      """
    Then the query returns the items:
      """
      [{"Reading": {"N": "10"}}, {"Reading": {"N": "20"}}]
      """

  Scenario: A query for a partition key that holds nothing returns no items
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d9"}}}
      """
    Then the query returns the items:
      """
      []
      """
    And the response includes:
      """
      {"Count": 0, "ScannedCount": 0}
      """

  Scenario: A query on a table without a sort key returns its one item, and a page after it is empty
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I query Employee with:
      """
      {"KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}}, "Limit": 1}
      """
    Then the query returns the items:
      """
      [{"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}]
      """
    When I query Employee with:
      """
      {"KeyConditionExpression": "LoginAlias = :a", "ExpressionAttributeValues": {":a": {"S": "irenes"}},
       "ExclusiveStartKey": {"LoginAlias": {"S": "irenes"}}}
      """
    Then the query returns the items:
      """
      []
      """
    And the response has no LastEvaluatedKey

  Scenario: An ExclusiveStartKey of another partition key is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d1"}},
       "ExclusiveStartKey": {"Device": {"S": "d2"}, "Seq": {"N": "5"}}}
      """
    Then the request fails with ValidationException

  Scenario: An ExclusiveStartKey outside the sort key condition is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d AND Seq > :s", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":s": {"N": "5"}},
       "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"N": "2"}}}
      """
    Then the request fails with ValidationException

  Scenario Outline: A query resumes after a key its condition selects: "<condition>" from Seq <start>, ScanIndexForward <forward>
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d AND <condition>", "ExpressionAttributeValues": {":d": {"S": "d1"}, <values>},
       "ScanIndexForward": <forward>, "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"N": "<start>"}}}
      """
    Then the query returns the Seq values in this order:
      """
      <rest>
      """

    Examples:
      | condition             | values                              | forward | start | rest                                 |
      | Seq = :v              | ":v": {"N": "10"}                   | true    | 10    | []                                   |
      | Seq < :v              | ":v": {"N": "10"}                   | true    | 2     | [{"N": "3"}]                         |
      | Seq <= :v             | ":v": {"N": "10"}                   | true    | 10    | []                                   |
      | Seq <= :v             | ":v": {"N": "10"}                   | false   | 10    | [{"N": "3"}, {"N": "2"}, {"N": "1"}] |
      | Seq > :v              | ":v": {"N": "3"}                    | false   | 20    | [{"N": "10"}]                        |
      | Seq >= :v             | ":v": {"N": "3"}                    | true    | 3     | [{"N": "10"}, {"N": "20"}]           |
      | Seq BETWEEN :v AND :w | ":v": {"N": "2"}, ":w": {"N": "10"} | true    | 2     | [{"N": "3"}, {"N": "10"}]            |
      | Seq BETWEEN :v AND :w | ":v": {"N": "2"}, ":w": {"N": "10"} | false   | 10    | [{"N": "3"}, {"N": "2"}]             |

  Scenario: A begins_with query on a string sort key resumes after a key with its prefix, and refuses a key without it
    Given a table Files with key schema:
      | attribute | type | key   |
      | Folder    | S    | HASH  |
      | FilePath  | S    | RANGE |
    And the items in Files:
      """
      [{"Folder": {"S": "f"}, "FilePath": {"S": "a"}}, {"Folder": {"S": "f"}, "FilePath": {"S": "ab"}},
       {"Folder": {"S": "f"}, "FilePath": {"S": "abc"}}, {"Folder": {"S": "f"}, "FilePath": {"S": "b"}}]
      """
    When I query Files with:
      """
      {"KeyConditionExpression": "Folder = :f AND begins_with(FilePath, :p)", "ExpressionAttributeValues": {":f": {"S": "f"}, ":p": {"S": "ab"}},
       "ExclusiveStartKey": {"Folder": {"S": "f"}, "FilePath": {"S": "ab"}}}
      """
    Then the query returns the FilePath values in this order:
      """
      [{"S": "abc"}]
      """
    When I query Files with:
      """
      {"KeyConditionExpression": "Folder = :f AND begins_with(FilePath, :p)", "ExpressionAttributeValues": {":f": {"S": "f"}, ":p": {"S": "ab"}},
       "ExclusiveStartKey": {"Folder": {"S": "f"}, "FilePath": {"S": "b"}}}
      """
    Then the request fails with ValidationException

  Scenario: A begins_with query on a binary sort key resumes after a key with its prefix, and refuses a key without it
    Given a table Blobs with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | B    | RANGE |
    And the items in Blobs:
      """
      [{"PK": {"S": "A"}, "SK": {"B": "AQ=="}}, {"PK": {"S": "A"}, "SK": {"B": "AQI="}}, {"PK": {"S": "A"}, "SK": {"B": "Ag=="}}]
      """
    When I query Blobs with:
      """
      {"KeyConditionExpression": "PK = :a AND begins_with(SK, :b)", "ExpressionAttributeValues": {":a": {"S": "A"}, ":b": {"B": "AQ=="}},
       "ExclusiveStartKey": {"PK": {"S": "A"}, "SK": {"B": "AQ=="}}}
      """
    Then the query returns the SK values in this order:
      """
      [{"B": "AQI="}]
      """
    When I query Blobs with:
      """
      {"KeyConditionExpression": "PK = :a AND begins_with(SK, :b)", "ExpressionAttributeValues": {":a": {"S": "A"}, ":b": {"B": "AQ=="}},
       "ExclusiveStartKey": {"PK": {"S": "A"}, "SK": {"B": "Ag=="}}}
      """
    Then the request fails with ValidationException

  Scenario: A key condition on an empty partition key value is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": ""}}}
      """
    Then the request fails with ValidationException

  Scenario: A query without a key condition is refused
    When I query Events with:
      """
      {"FilterExpression": "Reading > :r", "ExpressionAttributeValues": {":r": {"N": "1"}}}
      """
    Then the request fails with ValidationException

  Scenario: A filter on a key attribute is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "FilterExpression": "Seq > :s", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":s": {"N": "1"}}}
      """
    Then the request fails with ValidationException

  Scenario Outline: Three 1,500-byte items read by a <kind> query consume <units> read units: their total rounded up to 4 KB once
    Given a table Blobs with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | S    | RANGE |
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"PK": {"S": "p"}, "SK": {"S": "1"}}
      """
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"PK": {"S": "p"}, "SK": {"S": "2"}}
      """
    And the item in Blobs, padded to 1500 bytes with "x" in attribute "Data":
      """
      {"PK": {"S": "p"}, "SK": {"S": "3"}}
      """
    When I query Blobs with:
      """
      {"KeyConditionExpression": "PK = :p", "ExpressionAttributeValues": {":p": {"S": "p"}}, "ConsistentRead": <strong>, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": <units>}
      """

    Examples:
      | kind                  | strong | units |
      | strongly consistent   | true   | 2.0   |
      | eventually consistent | false  | 1.0   |

  Scenario Outline: Two 2,048-byte items read by a <kind> query come to exactly 4 KB and consume <units> read units
    Given a table Blobs with key schema:
      | attribute | type | key   |
      | PK        | S    | HASH  |
      | SK        | S    | RANGE |
    And the item in Blobs, padded to 2048 bytes with "x" in attribute "Data":
      """
      {"PK": {"S": "p"}, "SK": {"S": "1"}}
      """
    And the item in Blobs, padded to 2048 bytes with "x" in attribute "Data":
      """
      {"PK": {"S": "p"}, "SK": {"S": "2"}}
      """
    When I query Blobs with:
      """
      {"KeyConditionExpression": "PK = :p", "ExpressionAttributeValues": {":p": {"S": "p"}}, "ConsistentRead": <strong>, "ReturnConsumedCapacity": "TOTAL"}
      """
    Then the ConsumedCapacity in the response includes:
      """
      {"TableName": "Blobs", "CapacityUnits": <units>}
      """

    Examples:
      | kind                  | strong | units |
      | strongly consistent   | true   | 1.0   |
      | eventually consistent | false  | 0.5   |

  Scenario Outline: The legacy KeyConditions <operator> on the sort key selects <expected>
    When I query Events with:
      """
      {"KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d1"}]},
                         "Seq": {"ComparisonOperator": "<operator>", "AttributeValueList": <values>}}}
      """
    Then the query returns the Seq values in this order:
      """
      <expected>
      """

    Examples:
      | operator | values                         | expected                                          |
      | EQ       | [{"N": "3"}]                   | [{"N": "3"}]                                      |
      | LT       | [{"N": "3"}]                   | [{"N": "1"}, {"N": "2"}]                          |
      | LE       | [{"N": "3"}]                   | [{"N": "1"}, {"N": "2"}, {"N": "3"}]              |
      | GT       | [{"N": "3"}]                   | [{"N": "10"}, {"N": "20"}]                        |
      | GE       | [{"N": "10"}]                  | [{"N": "10"}, {"N": "20"}]                        |
      | BETWEEN  | [{"N": "2"}, {"N": "10"}]      | [{"N": "2"}, {"N": "3"}, {"N": "10"}]             |

  Scenario: The legacy KeyConditions with ScanIndexForward false return the items in descending order of the sort key
    When I query Events with:
      """
      {"KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d1"}]}}, "ScanIndexForward": false}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "20"}, {"N": "10"}, {"N": "3"}, {"N": "2"}, {"N": "1"}]
      """

  Scenario: The legacy KeyConditions with a QueryFilter count the items read and the items kept
    When I query Events with:
      """
      {"KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d1"}]}},
       "QueryFilter": {"Reading": {"ComparisonOperator": "GT", "AttributeValueList": [{"N": "50"}]}}}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "10"}, {"N": "20"}]
      """
    And the response includes:
      """
      {"Count": 2, "ScannedCount": 5}
      """

  Scenario: The legacy KeyConditions BEGINS_WITH on a string sort key
    Given a table Files with key schema:
      | attribute | type | key   |
      | Folder    | S    | HASH  |
      | FilePath  | S    | RANGE |
    And the items in Files:
      """
      [{"Folder": {"S": "f"}, "FilePath": {"S": "a"}}, {"Folder": {"S": "f"}, "FilePath": {"S": "ab"}},
       {"Folder": {"S": "f"}, "FilePath": {"S": "abc"}}, {"Folder": {"S": "f"}, "FilePath": {"S": "b"}}]
      """
    When I query Files with:
      """
      {"KeyConditions": {"Folder": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "f"}]},
                         "FilePath": {"ComparisonOperator": "BEGINS_WITH", "AttributeValueList": [{"S": "ab"}]}}}
      """
    Then the query returns the FilePath values in this order:
      """
      [{"S": "ab"}, {"S": "abc"}]
      """

  Scenario: An ExclusiveStartKey without the sort key is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d1"}},
       "ExclusiveStartKey": {"Device": {"S": "d1"}}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: An ExclusiveStartKey whose sort key has the wrong type is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d1"}},
       "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"S": "2"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

  Scenario: The legacy AttributesToGet returns only the attributes it lists
    When I query Events with:
      """
      {"KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d2"}]}},
       "AttributesToGet": ["Reading", "Seq"]}
      """
    Then the query returns the items:
      """
      [{"Reading": {"N": "50"}, "Seq": {"N": "5"}}]
      """

  @strict
  Scenario: AttributesToGet naming an attribute twice is refused
    When I query Events with:
      """
      {"KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d2"}]}},
       "AttributesToGet": ["Reading", "Reading"]}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Duplicate value in attribute name: Reading"

  @strict
  Scenario: A query of an index the table does not have is refused
    When I query Events with:
      """
      {"IndexName": "NoSuchIndex", "KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"S": "d1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The table does not have the specified index: NoSuchIndex"

  @strict
  Scenario Outline: The legacy KeyConditions <operator> on the partition key of a table without a sort key is refused
    Given a table Employee keyed by LoginAlias
    When I query Employee with:
      """
      {"KeyConditions": {"LoginAlias": {"ComparisonOperator": "<operator>"<values>}}}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples: operators no key condition takes
      | operator     | values                                      | message                                                         |
      | NULL         |                                             | Attempted conditional constraint is not an indexable operation |
      | NOT_NULL     |                                             | Attempted conditional constraint is not an indexable operation |
      | CONTAINS     | , "AttributeValueList": [{"S": "a"}]        | Attempted conditional constraint is not an indexable operation |
      | NOT_CONTAINS | , "AttributeValueList": [{"S": "a"}]        | Attempted conditional constraint is not an indexable operation |
      | IN           | , "AttributeValueList": [{"S": "a"}]        | Attempted conditional constraint is not an indexable operation |

    Examples: operators a sort key takes, but a partition key does not
      | operator    | values                                         | message                           |
      | LE          | , "AttributeValueList": [{"S": "a"}]           | Query key condition not supported |
      | LT          | , "AttributeValueList": [{"S": "a"}]           | Query key condition not supported |
      | GE          | , "AttributeValueList": [{"S": "a"}]           | Query key condition not supported |
      | GT          | , "AttributeValueList": [{"S": "a"}]           | Query key condition not supported |
      | BEGINS_WITH | , "AttributeValueList": [{"S": "a"}]           | Query key condition not supported |
      | BETWEEN     | , "AttributeValueList": [{"S": "a"}, {"S": "b"}] | Query key condition not supported |

  @strict
  Scenario: The legacy KeyConditions on a table without a sort key take one condition only
    Given a table Employee keyed by LoginAlias
    When I query Employee with:
      """
      {"KeyConditions": {"LoginAlias": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "irenes"}]},
                         "FirstName": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "Irene"}]}}}
      """
    Then the request fails with ValidationException
    And the error message is "Query key condition not supported"

  @strict
  Scenario: A key condition value of another type than the key's is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "ExpressionAttributeValues": {":d": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Condition parameter type does not match schema type"

  # Query.FilterExpression.html: "A filter expression cannot contain partition key or sort key
  # attributes"; the message names the parameter that broke the rule, as dynalite's suite records
  # live DynamoDB's for a FilterExpression and for the legacy QueryFilter.
  @strict
  Scenario Outline: A filter on a key attribute is refused with DynamoDB's message, which names the <parameter>
    When I query Events with:
      """
      {<members>}
      """
    Then the request fails with ValidationException
    And the error message is "<parameter> can only contain non-primary key attributes: Primary key attribute: Seq"

    Examples:
      | parameter         | members                                                                                                                                                                     |
      | Filter Expression | "KeyConditionExpression": "Device = :d", "FilterExpression": "Seq > :s", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":s": {"N": "1"}}                                  |
      | QueryFilter       | "KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d1"}]}}, "QueryFilter": {"Seq": {"ComparisonOperator": "GT", "AttributeValueList": [{"N": "1"}]}} |

  # Expressions.ExpressionAttributeValues.html and Expressions.ExpressionAttributeNames.html: every
  # placeholder given must be used (the message as dynalite's suite records it of live DynamoDB).
  @strict
  Scenario Outline: A query with a <kind> placeholder its expressions do not use is refused
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", <members>}
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | kind  | members                                                                                    | message                                                                       |
      | value | "ExpressionAttributeValues": {":d": {"S": "d1"}, ":e": {"S": "d2"}}                         | Value provided in ExpressionAttributeValues unused in expressions: keys: {:e} |
      | name  | "ExpressionAttributeValues": {":d": {"S": "d1"}}, "ExpressionAttributeNames": {"#n": "a"}   | Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}  |

  Scenario: A filter on a key attribute is refused on either side of OR
    When I query Events with:
      """
      {"KeyConditionExpression": "Device = :d", "FilterExpression": "Seq > :s OR Reading > :r", "ExpressionAttributeValues": {":d": {"S": "d1"}, ":s": {"N": "1"}, ":r": {"N": "1"}}}
      """
    Then the request fails with ValidationException

  Scenario: Limit and ExclusiveStartKey page the legacy KeyConditions as they page a key condition expression
    # API_Query.html: Limit, ExclusiveStartKey and LastEvaluatedKey are the same members whichever
    # form the key condition takes (LegacyConditionalParameters.KeyConditions.html).
    When I query Events with:
      """
      {"KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d1"}]}}, "Limit": 1}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "1"}]
      """
    And the LastEvaluatedKey in the response is:
      """
      {"Device": {"S": "d1"}, "Seq": {"N": "1"}}
      """
    When I query Events with:
      """
      {"KeyConditions": {"Device": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "d1"}]}}, "Limit": 2,
       "ExclusiveStartKey": {"Device": {"S": "d1"}, "Seq": {"N": "1"}}}
      """
    Then the query returns the Seq values in this order:
      """
      [{"N": "2"}, {"N": "3"}]
      """
    And the LastEvaluatedKey in the response is:
      """
      {"Device": {"S": "d1"}, "Seq": {"N": "3"}}
      """
