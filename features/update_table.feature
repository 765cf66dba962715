# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html ("Modifies the provisioned throughput settings, global secondary indexes, or DynamoDB Streams settings for a given table"; "UpdateTable is an asynchronous operation; while it's executing, the table status changes from ACTIVE to UPDATING"; GlobalSecondaryIndexUpdates: "You can create or delete only one global secondary index per UpdateTable operation"; AttributeDefinitions: "If you are adding a new global secondary index to the table, AttributeDefinitions must include the key element(s) of the new index"; StreamSpecification: "You receive a ResourceInUseException if you try to enable a stream on a table that already has a stream, or if you try to disable a stream on a table that doesn't have a stream"; errors LimitExceededException, ResourceNotFoundException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.OnlineOps.html (adding a global secondary index to an existing table: "DynamoDB ... backfills the index with data from the table"; IndexStatus CREATING, then ACTIVE; deleting an index)
# Source: github.com/aws-cloudformation/cloudformation-coverage-roadmap/issues/1075 (a Query of a backfilling index fails with "ValidationException ... Cannot read from backfilling global secondary index"; the index name after a colon as users of DynamoDB quote the message); API_GlobalSecondaryIndexDescription.html ("You can delete an index that is being created during the Backfilling phase"); dynalite's test/updateTable.js for LimitExceededException when a second index is created or deleted
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexDescription.html (IndexStatus CREATING, UPDATING, DELETING, ACTIVE; Backfilling: "For indexes that were created during a CreateTable operation, the Backfilling attribute does not appear in the DescribeTable output")
# Source: dynalite's test/updateTable.js, which records DynamoDB's own messages for an UpdateTable that changes nothing, repeats an index, changes no throughput, names a missing table, or gives an index Update neither a name nor throughput
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html (GlobalSecondaryIndexUpdates: "An array of one or more global secondary indexes for the table. For each index in the array, you can request one action"; Update: "The name of an existing global secondary index, along with new provisioned throughput settings to be applied to that index"; BillingMode: "When switching from pay-per-request to provisioned capacity, initial provisioned capacity values must be set")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateGlobalSecondaryIndexAction.html (ProvisionedThroughput "Required: No"; "You must use either OnDemand Throughput or ProvisionedThroughput based on your table's capacity mode"), API_GlobalSecondaryIndex.html and API_LocalSecondaryIndex.html (IndexName: "The name must be unique among all other indexes on this table"), API_TableDescription.html (AttributeDefinitions: "Each of these objects describes one attribute in the table and index key schema")
# Source: docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-dynamodb-provisionedthroughput.html (ReadCapacityUnits, WriteCapacityUnits: "If read/write capacity mode is PAY_PER_REQUEST the value is set to 0")
# Record: dynalite's test/updateTable.js, DynamoDB's messages for an index Update past 10^12 units ("Action Blocked: IndexUpdate") and for a switch to PROVISIONED that leaves an index without throughput
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html (the example response: a new table's ProvisionedThroughput holds NumberOfDecreasesToday, ReadCapacityUnits and WriteCapacityUnits, no change times) and API_ProvisionedThroughputDescription.html (LastIncreaseDateTime "The date and time of the last provisioned throughput increase for this table"; LastDecreaseDateTime "The date and time of the last provisioned throughput decrease for this table"; NumberOfDecreasesToday "The number of provisioned throughput decreases for this table during this UTC calendar day")
# Seed: "When you create dynamodb table, the table is created and there is metadata stored about the table along with it. The metadata inludes the key attributes and capacity, etc."
@update_table
Feature: UpdateTable changes a table's throughput, billing mode and global secondary indexes
  UpdateTable answers at once and finishes in the background: the answer shows the table
  UPDATING and an index it creates CREATING; DescribeTable shows the change once the table and
  its indexes are ACTIVE again. A new global index is filled from the items the table already
  holds (CREATING with Backfilling true meanwhile, when a Query or Scan of it is refused) and
  then follows every write, including those made while it filled.

  Background:
    Given I create a table GameScores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}, {"AttributeName": "GameTitle", "KeyType": "RANGE"}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    And the items in GameScores:
      """
      [{"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}},
       {"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "1000"}},
       {"UserId": {"S": "103"}, "GameTitle": {"S": "Galaxy Invaders"}}]
      """

  Scenario: A global index created on a table with items is CREATING, then ACTIVE and filled from the items
    When I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "GameTitle", "AttributeType": "S"}, {"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "GameTitleIndex",
          "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}, {"AttributeName": "TopScore", "KeyType": "RANGE"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 2}}}]}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "GameScores",
       "GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex", "IndexStatus": "CREATING",
          "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}, {"AttributeName": "TopScore", "KeyType": "RANGE"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"}}]}
      """
    When GameScores and its indexes are ACTIVE
    And I query GameScores with:
      """
      {"IndexName": "GameTitleIndex", "KeyConditionExpression": "GameTitle = :g",
       "ExpressionAttributeValues": {":g": {"S": "Galaxy Invaders"}}}
      """
    Then the query returns the items:
      """
      [{"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "1000"}},
       {"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}}]
      """

  Scenario: DescribeTable shows a global index that UpdateTable created with its throughput and Backfilling false
    When I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "ScoreIndex",
          "KeySchema": [{"AttributeName": "TopScore", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "ALL"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}}]}
      """
    And GameScores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"GlobalSecondaryIndexes": [{"IndexName": "ScoreIndex", "IndexStatus": "ACTIVE", "Backfilling": false,
          "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}]}
      """
    And "/Table/AttributeDefinitions" in the response holds, in any order:
      """
      [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"},
       {"AttributeName": "TopScore", "AttributeType": "N"}]
      """

  @reference-only
  Scenario: A global index whose backfill is held stays CREATING and refuses reads, then is ACTIVE with every item
    Given the backfill of index ScoreIndex of GameScores is held
    When I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "ScoreIndex",
          "KeySchema": [{"AttributeName": "TopScore", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}}]}
      """
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"GlobalSecondaryIndexes": [{"IndexName": "ScoreIndex", "IndexStatus": "CREATING", "Backfilling": true}]}
      """
    When I query GameScores with:
      """
      {"IndexName": "ScoreIndex", "KeyConditionExpression": "TopScore = :s",
       "ExpressionAttributeValues": {":s": {"N": "1000"}}}
      """
    Then the request fails with ValidationException
    When I scan GameScores with:
      """
      {"IndexName": "ScoreIndex"}
      """
    Then the request fails with ValidationException
    When I call PutItem with:
      """
      {"TableName": "GameScores", "Item": {"UserId": {"S": "104"}, "GameTitle": {"S": "Meteor Blasters"}, "TopScore": {"N": "3000"}}}
      """
    And I call DeleteItem with:
      """
      {"TableName": "GameScores", "Key": {"UserId": {"S": "102"}, "GameTitle": {"S": "Galaxy Invaders"}}}
      """
    And the backfill of index ScoreIndex of GameScores is released
    And GameScores and its indexes are ACTIVE
    And I scan GameScores with:
      """
      {"IndexName": "ScoreIndex"}
      """
    Then the scan returns these items in any order:
      """
      [{"UserId": {"S": "101"}, "GameTitle": {"S": "Galaxy Invaders"}, "TopScore": {"N": "5842"}},
       {"UserId": {"S": "104"}, "GameTitle": {"S": "Meteor Blasters"}, "TopScore": {"N": "3000"}}]
      """

  @reference-only @strict
  Scenario: A query of a global index still backfilling is refused with DynamoDB's message
    Given the backfill of index ScoreIndex of GameScores is held
    When I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "ScoreIndex",
          "KeySchema": [{"AttributeName": "TopScore", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}}]}
      """
    And I query GameScores with:
      """
      {"IndexName": "ScoreIndex", "KeyConditionExpression": "TopScore = :s",
       "ExpressionAttributeValues": {":s": {"N": "1000"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Cannot read from backfilling global secondary index: ScoreIndex"

  @reference-only
  Scenario: No other global index is created while one is CREATING, but the one CREATING can be deleted
    Given the backfill of index ScoreIndex of GameScores is held
    When I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "ScoreIndex",
          "KeySchema": [{"AttributeName": "TopScore", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}}]}
      """
    And I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "GameTitle", "AttributeType": "S"}, {"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "GameTitleIndex",
          "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}, {"AttributeName": "TopScore", "KeyType": "RANGE"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 2}}}]}
      """
    Then the request fails with LimitExceededException
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "ScoreIndex"}}]}
      """
    Then the TableDescription in the response includes:
      """
      {"GlobalSecondaryIndexes": [{"IndexName": "ScoreIndex", "IndexStatus": "DELETING"}]}
      """
    When I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "GameTitle", "AttributeType": "S"}, {"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "GameTitleIndex",
          "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}, {"AttributeName": "TopScore", "KeyType": "RANGE"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 2}}}]}
      """
    Then the TableDescription in the response includes:
      """
      {"GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex", "IndexStatus": "CREATING"}]}
      """

  Scenario: A global index that was deleted can no longer be queried
    When I call UpdateTable with:
      """
      {"TableName": "GameScores",
       "AttributeDefinitions": [{"AttributeName": "TopScore", "AttributeType": "N"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "ScoreIndex",
          "KeySchema": [{"AttributeName": "TopScore", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "ALL"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}}]}
      """
    And GameScores and its indexes are ACTIVE
    And I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "ScoreIndex"}}]}
      """
    Then the TableDescription in the response includes:
      """
      {"GlobalSecondaryIndexes": [{"IndexName": "ScoreIndex", "IndexStatus": "DELETING"}]}
      """
    When GameScores and its indexes are ACTIVE
    And I query GameScores with:
      """
      {"IndexName": "ScoreIndex", "KeyConditionExpression": "TopScore = :s", "ExpressionAttributeValues": {":s": {"N": "1000"}}}
      """
    Then the request fails with ValidationException

  Scenario: New provisioned throughput is answered UPDATING with the old values, then described
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "ProvisionedThroughput": {"ReadCapacityUnits": 15, "WriteCapacityUnits": 10}}
      """
    Then the TableDescription in the response includes:
      """
      {"TableStatus": "UPDATING", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    When GameScores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"TableStatus": "ACTIVE", "ProvisionedThroughput": {"ReadCapacityUnits": 15, "WriteCapacityUnits": 10}}
      """

  Scenario: A throughput increase is described with its time, and no decrease is counted
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "ProvisionedThroughput": {"ReadCapacityUnits": 15, "WriteCapacityUnits": 10}}
      """
    And GameScores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"ProvisionedThroughput": {"ReadCapacityUnits": 15, "WriteCapacityUnits": 10, "NumberOfDecreasesToday": 0}}
      """
    And "/Table/ProvisionedThroughput/LastIncreaseDateTime" in the response is a time in the last 10 minutes
    And the response has nothing at "/Table/ProvisionedThroughput/LastDecreaseDateTime"

  Scenario: Each throughput decrease is counted for the day and described with its time
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "ProvisionedThroughput": {"ReadCapacityUnits": 4, "WriteCapacityUnits": 5}}
      """
    And GameScores and its indexes are ACTIVE
    And I call UpdateTable with:
      """
      {"TableName": "GameScores", "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 5}}
      """
    And GameScores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 5, "NumberOfDecreasesToday": 2}}
      """
    And "/Table/ProvisionedThroughput/LastDecreaseDateTime" in the response is a time in the last 10 minutes
    And the response has nothing at "/Table/ProvisionedThroughput/LastIncreaseDateTime"

  Scenario: A switch to on-demand billing is described in BillingModeSummary
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the request succeeds
    When GameScores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"}}
      """

  @strict
  Scenario: Throughput equal to the table's own is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    Then the request fails with ValidationException
    And the error message is "The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: 5. Requested ReadCapacityUnits: 5. Current WriteCapacityUnits provisioned for the table: 5. Requested WriteCapacityUnits: 5. Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits."

  @strict
  Scenario: Throughput beyond the bounds is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000001, "WriteCapacityUnits": 1000000000001}}
      """
    Then the request fails with ValidationException
    And the error message is "Given value 1000000000001 for ReadCapacityUnits is out of bounds"

  @strict
  Scenario: Empty ProvisionedThroughput is refused with both missing members named
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "ProvisionedThroughput": {}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must not be null
      Value null at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must not be null
      """

  Scenario: An UpdateTable that changes nothing is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": []}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: An index update that names no action is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{}]}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null"

  @strict
  Scenario: Two updates of one index are refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "abc"}}, {"Delete": {"IndexName": "abc"}}]}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Only one global secondary index update per index is allowed simultaneously. Index: abc"

  Scenario: Deleting two global indexes in one call is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "abc"}}, {"Delete": {"IndexName": "abd"}}]}
      """
    Then the request fails with LimitExceededException

  Scenario: Deleting a global index the table does not have is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "NoSuchIndex"}}]}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: Updating the throughput of a global index the table does not have is refused
    # API_UpdateTable.html, ResourceNotFoundException: "The operation tried to access a nonexistent table or index."
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{"Update": {"IndexName": "NoSuchIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 2}}}]}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario: An index Update with neither a name nor throughput lists both missing members
    When I send UpdateTable with the raw body:
      """
      {"TableName": "abc", "GlobalSecondaryIndexUpdates": [{"Update": {}}]}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'globalSecondaryIndexUpdates.1.member.update.indexName' failed to satisfy constraint: Member must not be null
      Value null at 'globalSecondaryIndexUpdates.1.member.update.provisionedThroughput' failed to satisfy constraint: Member must not be null
      """

  Scenario: UpdateTable of a table that does not exist is refused
    When I call UpdateTable with:
      """
      {"TableName": "Nowhere", "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: A stream enabled by UpdateTable is described, and enabling one again is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
      """
    Then the request succeeds
    When GameScores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
      """
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    Then the request fails with ResourceInUseException

  Scenario: Disabling a stream the table does not have is refused
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "StreamSpecification": {"StreamEnabled": false}}
      """
    Then the request fails with ResourceInUseException

  Scenario: The throughput of two global indexes is updated in one call, each index its own
    # GlobalSecondaryIndexUpdates: "For each index in the array, you can request one action"; only
    # Create and Delete are limited to one index per call.
    Given I create a table Scores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}, {"AttributeName": "TopScore", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [
         {"IndexName": "GameIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}},
         {"IndexName": "ScoreIndex", "KeySchema": [{"AttributeName": "TopScore", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Scores", "GlobalSecondaryIndexUpdates": [
         {"Update": {"IndexName": "GameIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}},
         {"Update": {"IndexName": "ScoreIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 6, "WriteCapacityUnits": 7}}}]}
      """
    Then the request succeeds
    When Scores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "Scores"}
      """
    Then the Table in the response includes:
      """
      {"GlobalSecondaryIndexes": [
         {"IndexName": "GameIndex", "IndexStatus": "ACTIVE", "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}},
         {"IndexName": "ScoreIndex", "IndexStatus": "ACTIVE", "ProvisionedThroughput": {"ReadCapacityUnits": 6, "WriteCapacityUnits": 7}}]}
      """

  Scenario: A global index's throughput decrease is counted for that index, not for the table
    Given I create a table Scores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [
         {"IndexName": "GameIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"},
          "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 3}}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Scores", "GlobalSecondaryIndexUpdates": [
         {"Update": {"IndexName": "GameIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 3}}}]}
      """
    And Scores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "Scores"}
      """
    Then the Table in the response includes:
      """
      {"ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5, "NumberOfDecreasesToday": 0},
       "GlobalSecondaryIndexes": [
         {"IndexName": "GameIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 3, "NumberOfDecreasesToday": 1}}]}
      """
    And "/Table/GlobalSecondaryIndexes/0/ProvisionedThroughput/LastDecreaseDateTime" in the response is a time in the last 10 minutes

  @strict
  Scenario: An index Update past the throughput bounds is refused in DynamoDB's words
    When I call UpdateTable with:
      """
      {"TableName": "GameScores", "GlobalSecondaryIndexUpdates": [{"Update": {"IndexName": "ScoreIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000001, "WriteCapacityUnits": 1}}}]}
      """
    Then the request fails with ValidationException
    And the error message is "This operation cannot be performed with given input values. Please contact DynamoDB service team for more info: Action Blocked: IndexUpdate"

  Scenario: A new global index needs a name no index of the table has, and on an on-demand table no ProvisionedThroughput
    # IndexName: "The name must be unique among all other indexes on this table" (global and local
    # alike); CreateGlobalSecondaryIndexAction: ProvisionedThroughput "Required: No", "based on your
    # table's capacity mode".
    Given I create a table Threads with:
      """
      {"AttributeDefinitions": [{"AttributeName": "ForumName", "AttributeType": "S"}, {"AttributeName": "Subject", "AttributeType": "S"},
                                {"AttributeName": "LastPostDateTime", "AttributeType": "S"}, {"AttributeName": "Author", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "Subject", "KeyType": "RANGE"}],
       "LocalSecondaryIndexes": [{"IndexName": "LastPostIndex",
          "KeySchema": [{"AttributeName": "ForumName", "KeyType": "HASH"}, {"AttributeName": "LastPostDateTime", "KeyType": "RANGE"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "GlobalSecondaryIndexes": [{"IndexName": "AuthorIndex",
          "KeySchema": [{"AttributeName": "Author", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Threads", "AttributeDefinitions": [{"AttributeName": "Subject", "AttributeType": "S"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "AuthorIndex",
          "KeySchema": [{"AttributeName": "Subject", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}}]}
      """
    Then the request fails with ValidationException
    When I call UpdateTable with:
      """
      {"TableName": "Threads", "AttributeDefinitions": [{"AttributeName": "Subject", "AttributeType": "S"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "LastPostIndex",
          "KeySchema": [{"AttributeName": "Subject", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}}]}
      """
    Then the request fails with ValidationException
    When I call UpdateTable with:
      """
      {"TableName": "Threads", "AttributeDefinitions": [{"AttributeName": "Subject", "AttributeType": "S"}],
       "GlobalSecondaryIndexUpdates": [{"Create": {"IndexName": "SubjectIndex",
          "KeySchema": [{"AttributeName": "Subject", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}}]}
      """
    Then the request succeeds

  Scenario: A switch to on-demand billing sets the throughput of the global indexes to 0
    # ProvisionedThroughput: "If read/write capacity mode is PAY_PER_REQUEST the value is set to 0".
    Given I create a table Scores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"}, "ProvisionedThroughput": {"ReadCapacityUnits": 2, "WriteCapacityUnits": 3}}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Scores", "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the request succeeds
    When Scores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "Scores"}
      """
    Then the Table in the response includes:
      """
      {"BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"},
       "GlobalSecondaryIndexes": [{"IndexName": "GameIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 0, "WriteCapacityUnits": 0}}]}
      """

  Scenario: A switch to provisioned billing needs throughput for each global index as well as the table
    # BillingMode: "When switching from pay-per-request to provisioned capacity, initial provisioned
    # capacity values must be set"; dynalite records the refusal of a switch that sets none for an index.
    Given I create a table Scores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Scores", "BillingMode": "PROVISIONED", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    Then the request fails with ValidationException
    When I call UpdateTable with:
      """
      {"TableName": "Scores", "BillingMode": "PROVISIONED", "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
       "GlobalSecondaryIndexUpdates": [{"Update": {"IndexName": "GameIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}}]}
      """
    Then the request succeeds
    When Scores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "Scores"}
      """
    Then the Table in the response includes:
      """
      {"ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
       "GlobalSecondaryIndexes": [{"IndexName": "GameIndex", "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}]}
      """

  Scenario: The key attributes of a deleted global index leave the table's AttributeDefinitions
    # AttributeDefinitions: "Each of these objects describes one attribute in the table and index key
    # schema"; GameTitle is in neither once GameIndex is gone.
    Given I create a table Scores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameIndex", "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}],
          "Projection": {"ProjectionType": "KEYS_ONLY"}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Scores", "GlobalSecondaryIndexUpdates": [{"Delete": {"IndexName": "GameIndex"}}]}
      """
    Then the request succeeds
    When Scores and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "Scores"}
      """
    Then "/Table/AttributeDefinitions" in the response holds, in any order:
      """
      [{"AttributeName": "UserId", "AttributeType": "S"}]
      """
