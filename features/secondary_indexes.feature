# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html ("In a DynamoDB table, each key value must be unique. However, the key values in a global secondary index do not need to be unique"; "If the item does not have both of those attributes ... DynamoDB does not write any data to the index" for a sparse index; GameScores and GameTitleIndex)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html ("A local secondary index maintains an alternate sort key for a given partition key value"; "If you query or scan a local secondary index, you can request attributes that are not projected in to the index. DynamoDB automatically fetches those attributes from the base table"; Thread and LastPostIndex)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html (IndexName; ConsistentRead: "Strongly consistent reads are not supported on global secondary indexes. If you query a global secondary index with ConsistentRead set to true, you will receive a ValidationException"; Select ALL_ATTRIBUTES: "If the index is a global secondary index, you can only use ALL_ATTRIBUTES if the index projects all attributes")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.html ("Global secondary index updates are eventually consistent ... changes to the table data are propagated to the global secondary indexes within a fraction of a second, under normal conditions")
# Seed: "The data is stored in partitions using the partition key and sorted using the sort key"
@secondary_indexes
Feature: Queries and scans read a table through its secondary indexes
  A global secondary index is keyed by other attributes than the table; its keys need not be
  unique, it holds only the items that have its key attributes, and it is read eventually
  consistently: a scenario waits until the index holds the entries its writes make before it
  reads the index. A local secondary index keeps the table's partition key with another sort key,
  and a query of it may fetch unprojected attributes from the table. Both follow every write.

  Background:
    Given I create a table GameScores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"},
                                {"AttributeName": "TopScore", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}, {"AttributeName": "GameTitle", "KeyType": "RANGE"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex",
                                   "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}, {"AttributeName": "TopScore", "KeyType": "RANGE"}],
                                   "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And the items in GameScores:
      """
      [{"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}, "Wins": {"N": "21"}},
       {"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "1000"}, "Wins": {"N": "3"}},
       {"UserId": {"S": "103"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}, "Wins": {"N": "7"}},
       {"UserId": {"S": "104"}, "GameTitle": {"S": "Galaxy Invaders"}, "Wins": {"N": "0"}},
       {"UserId": {"S": "101"}, "GameTitle": {"S": "Meteor Blasters"}, "TopScore": {"N": "1000"}, "Wins": {"N": "4"}}]
      """
    And index GameTitleIndex of GameScores holds 4 entries

  Scenario: A query of a global index reads the items of one index key, in index sort-key order
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g AND TopScore > :s",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}, ":s": {"N": "2000"}}}
      """
    Then the scan returns these items in any order:
      """
      [{"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}},
       {"UserId": {"S": "103"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}}]
      """

  Scenario: Items without the index's key attributes are not in a global index
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g", "ScanIndexForward": false,
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}}}
      """
    Then the query returns the TopScore values in this order:
      """
      [{"N": "5842"}, {"N": "5842"}, {"N": "1000"}]
      """
    And the response includes:
      """
      {"Count": 3, "ScannedCount": 3}
      """

  Scenario: A scan of a global index reads every index entry, and only those
    When I scan GameScores with:
      """
      {"IndexName": "GameTitleIndex"}
      """
    Then the scan returns these items in any order:
      """
      [{"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}},
       {"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "1000"}},
       {"UserId": {"S": "103"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}},
       {"UserId": {"S": "101"}, "GameTitle": {"S": "Meteor Blasters"}, "TopScore": {"N": "1000"}}]
      """

  Scenario: Items whose number keys differ only in their digits share one global index key, each its own entry
    Given I create a table Sensors with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "N"}, {"AttributeName": "Room", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [{"IndexName": "ByRoom", "KeySchema": [{"AttributeName": "Room", "KeyType": "HASH"}],
                                   "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And the items in Sensors:
      """
      [{"Id": {"N": "1"}, "Room": {"S": "r1"}}, {"Id": {"N": "2"}, "Room": {"S": "r1"}}, {"Id": {"N": "3"}, "Room": {"S": "r1"}}]
      """
    And index ByRoom of Sensors holds 3 entries
    When I query Sensors with:
      """
      {"IndexName": "ByRoom", "KeyConditionExpression": "Room = :r", "ExpressionAttributeValues": {":r": {"S": "r1"}}}
      """
    Then the scan returns these items in any order:
      """
      [{"Id": {"N": "1"}, "Room": {"S": "r1"}}, {"Id": {"N": "2"}, "Room": {"S": "r1"}}, {"Id": {"N": "3"}, "Room": {"S": "r1"}}]
      """

  Scenario: Pages of one item each go through equal index keys, every item once
    When I query GameScores to the end with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}}, "Limit": 1}
      """
    Then the pages returned these items, each once, in any order:
      """
      [{"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}},
       {"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "1000"}},
       {"UserId": {"S": "103"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}}]
      """

  Scenario: An update that changes an index key moves the item within the global index; a delete removes it
    When I call UpdateItem with:
      """
      {"TableName": "GameScores", "Key": {"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}},
       "UpdateExpression": "SET TopScore = :s", "ExpressionAttributeValues": {":s": {"N": "9000"}}}
      """
    And I call DeleteItem with:
      """
      {"TableName": "GameScores", "Key": {"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}}}
      """
    And index GameTitleIndex of GameScores holds 3 entries
    And I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g", "ScanIndexForward": false,
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}}}
      """
    Then the query returns the UserId values in this order:
      """
      [{"S": "102"}, {"S": "103"}]
      """

  Scenario: A query of a global index that names the table's key instead of the index's is refused
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "UserId = :u", "ExpressionAttributeValues": {":u": {"S": "101"}}}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: A strongly consistent query of a global index is refused
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g", "ConsistentRead": true,
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Consistent reads are not supported on global secondary indexes"

  Scenario: Select ALL_ATTRIBUTES on a global index that projects only keys is refused
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g", "Select": "ALL_ATTRIBUTES",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}}}
      """
    Then the request fails with ValidationException

  Scenario: A local index orders one partition's items by its own sort key
    Given I create a table Thread with:
      """
      {"AttributeDefinitions": [{"AttributeName": "ForumName", "AttributeType": "S"}, {"AttributeName": "Subject", "AttributeType": "S"},
                                {"AttributeName": "LastPostDateTime", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "Subject", "KeyType": "RANGE"}],
       "LocalSecondaryIndexes": [{"IndexName": "LastPostIndex",
                                  "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "LastPostDateTime", "KeyType": "RANGE"}],
                                  "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "aaa"}, "LastPostDateTime": {"S": "2015-03-15"}, "Replies": {"N": "12"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "bbb"}, "LastPostDateTime": {"S": "2015-01-22"}, "Replies": {"N": "3"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "ccc"}, "LastPostDateTime": {"S": "2015-02-31"}, "Replies": {"N": "4"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "ddd"}, "Replies": {"N": "0"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "zzz"}, "LastPostDateTime": {"S": "2015-01-01"}, "Replies": {"N": "1"}}]
      """
    When I query Thread with:
      """
      {"IndexName": "LastPostIndex", "KeyConditionExpression": "ForumName = :f AND LastPostDateTime > :d",
       "ExpressionAttributeValues": {":f": {"S": "S3"}, ":d": {"S": "2015-01-31"}}, "ConsistentRead": true}
      """
    Then the query returns the items:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "ccc"}, "LastPostDateTime": {"S": "2015-02-31"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "aaa"}, "LastPostDateTime": {"S": "2015-03-15"}}]
      """

  Scenario: A query of a local index fetches the attributes it does not project from the table
    Given I create a table Thread with:
      """
      {"AttributeDefinitions": [{"AttributeName": "ForumName", "AttributeType": "S"}, {"AttributeName": "Subject", "AttributeType": "S"},
                                {"AttributeName": "LastPostDateTime", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "Subject", "KeyType": "RANGE"}],
       "LocalSecondaryIndexes": [{"IndexName": "LastPostIndex",
                                  "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "LastPostDateTime", "KeyType": "RANGE"}],
                                  "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "aaa"}, "LastPostDateTime": {"S": "2015-03-15"}, "Replies": {"N": "12"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "bbb"}, "LastPostDateTime": {"S": "2015-01-22"}, "Replies": {"N": "3"}}]
      """
    When I query Thread with:
      """
      {"IndexName": "LastPostIndex", "KeyConditionExpression": "ForumName = :f",
       "ExpressionAttributeValues": {":f": {"S": "S3"}}, "ProjectionExpression": "Subject, Replies"}
      """
    Then the query returns the items:
      """
      [{"Subject": {"S": "bbb"}, "Replies": {"N": "3"}},
       {"Subject": {"S": "aaa"}, "Replies": {"N": "12"}}]
      """

  @reference-only
  Scenario: A global index read misses an acknowledged write while its propagation is held, then catches up
    Given propagation to index GameTitleIndex of GameScores is held
    When I put an item into GameScores:
      """
      {"UserId": {"S": "105"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "7000"}}
      """
    Then the request succeeds
    And GameScores holds the item:
      """
      {"UserId": {"S": "105"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "7000"}}
      """
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g AND TopScore > :s",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}, ":s": {"N": "6000"}}}
      """
    Then the response includes:
      """
      {"Count": 0}
      """
    When propagation to index GameTitleIndex of GameScores is released
    And I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g AND TopScore > :s",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}, ":s": {"N": "6000"}}}
      """
    Then the query returns the items:
      """
      [{"UserId": {"S": "105"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "7000"}}]
      """

  # Scan.html, "Paginating the results" and "Parallel scan", and API_Scan.html (IndexName: "The name
  # of a secondary index to scan"; LastEvaluatedKey, ExclusiveStartKey): an index is scanned as a
  # table is, page by page or segment by segment, every entry once. Six forums, so that more than
  # one partition key shares a partition of the index whatever the table's partitioning.
  Scenario Outline: A scan of a local index in pages of <limit> returns every entry once
    Given a table Thread keyed by ForumName and sorted by Subject with a local secondary index LastPostIndex on LastPostDateTime
    And the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-03-15"}, "Replies": {"N": "1"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "b"}, "LastPostDateTime": {"S": "2015-01-22"}, "Replies": {"N": "2"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-02-01"}, "Replies": {"N": "3"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "b"}, "LastPostDateTime": {"S": "2015-02-02"}, "Replies": {"N": "4"}},
       {"ForumName": {"S": "RDS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-04-01"}, "Replies": {"N": "5"}},
       {"ForumName": {"S": "RDS"}, "Subject": {"S": "b"}, "Replies": {"N": "6"}},
       {"ForumName": {"S": "SQS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-05-01"}, "Replies": {"N": "7"}},
       {"ForumName": {"S": "SNS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-06-01"}, "Replies": {"N": "8"}},
       {"ForumName": {"S": "SNS"}, "Subject": {"S": "b"}, "LastPostDateTime": {"S": "2015-06-02"}, "Replies": {"N": "9"}},
       {"ForumName": {"S": "IAM"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-07-01"}, "Replies": {"N": "10"}}]
      """
    When I scan Thread to the end with:
      """
      {"IndexName": "LastPostIndex", "Limit": <limit>}
      """
    Then the pages returned these items, each once, in any order:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-03-15"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "b"}, "LastPostDateTime": {"S": "2015-01-22"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-02-01"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "b"}, "LastPostDateTime": {"S": "2015-02-02"}},
       {"ForumName": {"S": "RDS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-04-01"}},
       {"ForumName": {"S": "SQS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-05-01"}},
       {"ForumName": {"S": "SNS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-06-01"}},
       {"ForumName": {"S": "SNS"}, "Subject": {"S": "b"}, "LastPostDateTime": {"S": "2015-06-02"}},
       {"ForumName": {"S": "IAM"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-07-01"}}]
      """

    Examples:
      | limit |
      | 1     |
      | 2     |
      | 100   |

  Scenario Outline: The <segments> segments of a parallel scan of a local index together return every entry once
    Given a table Thread keyed by ForumName and sorted by Subject with a local secondary index LastPostIndex on LastPostDateTime
    And the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-03-15"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-02-01"}},
       {"ForumName": {"S": "RDS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-04-01"}},
       {"ForumName": {"S": "SQS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-05-01"}},
       {"ForumName": {"S": "SNS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-06-01"}},
       {"ForumName": {"S": "IAM"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-07-01"}}]
      """
    When I scan each of <segments> segments of Thread to the end with:
      """
      {"IndexName": "LastPostIndex"}
      """
    Then the pages returned these items, each once, in any order:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-03-15"}},
       {"ForumName": {"S": "EC2"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-02-01"}},
       {"ForumName": {"S": "RDS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-04-01"}},
       {"ForumName": {"S": "SQS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-05-01"}},
       {"ForumName": {"S": "SNS"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-06-01"}},
       {"ForumName": {"S": "IAM"}, "Subject": {"S": "a"}, "LastPostDateTime": {"S": "2015-07-01"}}]
      """

    Examples:
      | segments |
      | 2        |
      | 3        |

  # API_Query.html and API_Scan.html, Select ALL_ATTRIBUTES: "If you query a local secondary index,
  # then for each matching item in the index, DynamoDB fetches the entire item from the parent table."
  Scenario Outline: <operation> of a local index with Select ALL_ATTRIBUTES returns the whole items
    Given a table Thread keyed by ForumName and sorted by Subject with a local secondary index LastPostIndex on LastPostDateTime
    And the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "aaa"}, "LastPostDateTime": {"S": "2015-03-15"}, "Replies": {"N": "12"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "bbb"}, "LastPostDateTime": {"S": "2015-01-22"}, "Replies": {"N": "3"}}]
      """
    When I call <operation> with:
      """
      {"TableName": "Thread", "IndexName": "LastPostIndex", "Select": "ALL_ATTRIBUTES"<condition>}
      """
    Then the scan returns these items in any order:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "aaa"}, "LastPostDateTime": {"S": "2015-03-15"}, "Replies": {"N": "12"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "bbb"}, "LastPostDateTime": {"S": "2015-01-22"}, "Replies": {"N": "3"}}]
      """

    Examples:
      | operation | condition                                                                                               |
      | Query     | , "KeyConditionExpression": "ForumName = :f", "ExpressionAttributeValues": {":f": {"S": "S3"}}            |
      | Scan      |                                                                                                         |

  # LSI.html: "If you query or scan a local secondary index, you can request attributes that are
  # not projected in to the index. DynamoDB automatically fetches those attributes from the base table."
  Scenario Outline: A query of a local index that asks only for an attribute it does not project fetches it (<parameters>)
    Given a table Thread keyed by ForumName and sorted by Subject with a local secondary index LastPostIndex on LastPostDateTime
    And the items in Thread:
      """
      [{"ForumName": {"S": "S3"}, "Subject": {"S": "aaa"}, "LastPostDateTime": {"S": "2015-03-15"}, "Replies": {"N": "12"}},
       {"ForumName": {"S": "S3"}, "Subject": {"S": "bbb"}, "LastPostDateTime": {"S": "2015-01-22"}, "Replies": {"N": "3"}}]
      """
    When I query Thread with:
      """
      {"IndexName": "LastPostIndex", <members>}
      """
    Then the query returns the items:
      """
      [{"Replies": {"N": "3"}}, {"Replies": {"N": "12"}}]
      """

    Examples:
      | parameters                      | members                                                                                                                               |
      | ProjectionExpression            | "KeyConditionExpression": "ForumName = :f", "ExpressionAttributeValues": {":f": {"S": "S3"}}, "ProjectionExpression": "Replies"        |
      | AttributesToGet, KeyConditions  | "KeyConditions": {"ForumName": {"ComparisonOperator": "EQ", "AttributeValueList": [{"S": "S3"}]}}, "AttributesToGet": ["Replies"]    |

  # API_Query.html, ExclusiveStartKey ("The primary key of the first item that this operation will
  # evaluate. Use the value that was returned for LastEvaluatedKey in the previous operation"): a
  # starting key outside what the key condition selects is refused, through an index as on a table
  # (the messages as dynalite's suite records them of live DynamoDB).
  Scenario Outline: A query of a global index from a starting key outside its key condition is refused: <case>
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g AND TopScore > :s",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}, ":s": {"N": "2000"}},
       "ExclusiveStartKey": {"UserId": {"S": "102"}, "GameTitle": {"S": "<title>"}, "TopScore": {"N": "<score>"}}}
      """
    Then the request fails with ValidationException

    Examples:
      | case                         | title           | score |
      | a sort key the range refuses | Galaxy Invaders | 1000  |
      | another index partition key  | Meteor Blasters | 5842  |

  @strict
  Scenario: A query of a global index from a starting key whose sort key the range refuses is refused with DynamoDB's message
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g AND TopScore > :s",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}, ":s": {"N": "2000"}},
       "ExclusiveStartKey": {"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "1000"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided starting key does not match the range key predicate"

  # API_Query.html, ExclusiveStartKey: "The data type for ExclusiveStartKey must be String, Number,
  # or Binary", each key attribute of its own declared type (the message as dynalite's suite records it).
  @strict
  Scenario Outline: A query of a global index from a starting key whose index <attribute> has another type is refused
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}},
       "ExclusiveStartKey": {"UserId": {"S": "102"}, "GameTitle": <title>, "TopScore": <score>}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

    Examples:
      | attribute | title                      | score           |
      | sort key  | {"S": "Galaxy Invaders"}   | {"S": "1000"}   |
      | partition | {"N": "1"}                 | {"N": "1000"}   |

  # The table's part of the same key is judged as a table's starting key is, and its fault is
  # reported as an invalid starting key (the message as dynalite's suite records it).
  @strict
  Scenario: A query of a global index from a starting key whose table key has another type is refused as invalid
    When I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}},
       "ExclusiveStartKey": {"UserId": {"N": "102"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "1000"}}}
      """
    Then the request fails with ValidationException
    And the error message is "The provided starting key is invalid: The provided key element does not match the schema"

  # API_Query.html, Select ALL_ATTRIBUTES: "If the index is a global secondary index, you can only
  # use ALL_ATTRIBUTES if the index projects all attributes"; a scan's Select takes the same values
  # (API_Scan.html), and dynalite refuses such a scan as such a query.
  Scenario: A scan of a global index that projects only keys with Select ALL_ATTRIBUTES is refused
    When I scan GameScores with:
      """
      {"IndexName": "GameTitleIndex", "Select": "ALL_ATTRIBUTES"}
      """
    Then the request fails with ValidationException
