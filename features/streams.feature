# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html ("Each stream record appears exactly once in the stream"; "For each item that is modified in a DynamoDB table, the stream records appear in the same sequence as the actual modifications to the item"; StreamViewType KEYS_ONLY, NEW_IMAGE, OLD_IMAGE, NEW_AND_OLD_IMAGES)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_StreamSpecification.html (StreamEnabled, StreamViewType)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html (StreamSpecification, LatestStreamArn, LatestStreamLabel)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html (eventName INSERT "a new item was added to the table", MODIFY "one or more of an existing item's attributes were modified", REMOVE "the item was deleted from the table"; userIdentity of Time to Live deletes: Type "Service", PrincipalId "dynamodb.amazonaws.com")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_StreamRecord.html (Keys, NewImage, OldImage, SequenceNumber)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ListStreams.html, API_streams_DescribeStream.html, API_streams_GetShardIterator.html, API_streams_GetRecords.html (ResourceNotFoundException; StreamStatus DISABLED; NextShardIterator "If set to null, the shard has been closed")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetShardIterator.html (ShardIteratorType AT_SEQUENCE_NUMBER, AFTER_SEQUENCE_NUMBER, TRIM_HORIZON, LATEST "just after the most recent stream record in the shard"; "A shard iterator expires 15 minutes after it is returned to the requester"; TrimmedDataAccessException "You request a shard iterator with a sequence number older than the trim point (24 hours)")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html (Limit, "The upper limit is 1000"; NextShardIterator; ExpiredIteratorException; TrimmedDataAccessException "You obtain a shard iterator, but before you use the iterator in a GetRecords request, a stream record in the shard exceeds the 24 hour period and is trimmed")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (ValidationException: input that fails the service's constraints, here a ShardIterator it did not give out)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html ("If you have DynamoDB Streams enabled on the table, then the corresponding stream on that table goes into the DISABLED state, and the stream is automatically deleted after 24 hours")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html, "Reading and processing a stream" ("Shards are ephemeral: They are created and deleted automatically, as needed"; "It's also possible for a parent shard to have just one child shard"; "Because shards have a lineage (parent and children), an application must always process a parent shard before it processes a child shard"; "All data in DynamoDB Streams is subject to a 24-hour lifetime")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Shard.html (ParentShardId "The shard ID of the current shard's parent"), API_streams_DescribeStream.html ("If both StartingSequenceNumber and EndingSequenceNumber are present, then that shard is closed and can no longer receive more data"; ExclusiveStartShardId, Limit, LastEvaluatedShardId)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Record.html (eventID "A globally unique identifier for the event that was recorded in this stream record"; eventSource "For DynamoDB Streams, this is aws:dynamodb"; awsRegion "The region in which the GetRecords request was received"), API_streams_StreamRecord.html (ApproximateCreationDateTime "in UNIX epoch time format and rounded down to the closest second"; SizeBytes "The size of the stream record, in bytes", "Minimum value of 1"; StreamViewType "The type of data from the modified DynamoDB item that was captured in this stream record")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_Stream.html (StreamArn, StreamLabel, TableName), API_streams_StreamDescription.html (StreamArn, StreamLabel, CreationRequestDateTime "The date and time when the request to create this stream was issued", KeySchema), API_TableDescription.html (LatestStreamArn, LatestStreamLabel)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_ListStreams.html and API_streams_DescribeStream.html (Limit: "The upper limit is 100"; LastEvaluatedStreamArn: "If LastEvaluatedStreamArn is empty, then the \"last page\" of results has been processed and there is no more data to be retrieved"), API_streams_GetShardIterator.html (ShardId: "Minimum length of 28. Maximum length of 65"), CommonErrors.html (ValidationException for input that fails a constraint)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_streams_GetRecords.html ("GetRecords can retrieve a maximum of 1 MB of data or 1000 stream records, whichever comes first"), API_streams_StreamRecord.html (SizeBytes "The size of the stream record, in bytes"), API_streams_ShardFilter.html (ShardId: "Contains the shardId of the parent shard for which you are requesting child shards"; Type: "the only value this parameter accepts is CHILD_SHARDS")
# Record: dynalite's test suite, which records live DynamoDB's answers (test/getRecords.js: every record read has an awsRegion equal to the region asked, a non-empty eventID, eventSource 'aws:dynamodb', a SizeBytes above 0 and the table's StreamViewType)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@streams
Feature: A table's stream holds each acknowledged change once, in order for each item
  A stream enabled at CreateTable records every write that changes an item: the item's key and,
  as the view type says, its image before and after. A write that changes nothing is not
  recorded. Records are read shard by shard; each item's records are in the order of its changes.

  Scenario: A stream enabled at CreateTable is in the table's description and in ListStreams
    When I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
      """
    And I call DescribeTable with:
      """
      {"TableName": "Orders"}
      """
    Then the Table in the response includes:
      """
      {"StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
      """
    When I call ListStreams with:
      """
      {"TableName": "Orders"}
      """
    Then the Streams in the response has 1 element
    When I call DescribeStream on the stream of table Orders
    Then the StreamDescription in the response includes:
      """
      {"StreamStatus": "ENABLED", "StreamViewType": "NEW_AND_OLD_IMAGES", "TableName": "Orders",
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}]}
      """

  Scenario: ListStreams and DescribeStream name the stream as the table's description does
    When I create a table Lines with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Customer", "AttributeType": "S"}, {"AttributeName": "Line", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I call ListStreams with:
      """
      {"TableName": "Lines"}
      """
    Then "/Streams/0/TableName" in the response is '"Lines"'
    And "/Streams/0/StreamArn" in the response is the LatestStreamArn in the description of table Lines
    And "/Streams/0/StreamLabel" in the response is the LatestStreamLabel in the description of table Lines
    When I call DescribeStream on the stream of table Lines
    Then "/StreamDescription/StreamArn" in the response is the LatestStreamArn in the description of table Lines
    And "/StreamDescription/StreamLabel" in the response is the LatestStreamLabel in the description of table Lines
    And "/StreamDescription/CreationRequestDateTime" in the response is a time in the last 5 minutes
    And the StreamDescription in the response includes:
      """
      {"KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}]}
      """

  Scenario: Each record read names its source, its region, its view type, its size and when it was made, under an identifier of its own
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}
      """
    When I get a TRIM_HORIZON shard iterator on the shard of table Orders holding "o1"
    And I read records with the shard iterator
    Then the records read each have an eventID of their own
    And the records read each have a SizeBytes of at least 1
    And "/Records/1/eventSource" in the response is '"aws:dynamodb"'
    And "/Records/1/awsRegion" in the response is the region the request was sent to
    And "/Records/1/dynamodb/StreamViewType" in the response is '"NEW_AND_OLD_IMAGES"'
    And "/Records/1/dynamodb/ApproximateCreationDateTime" in the response is a time in the last 5 minutes

  @serial
  Scenario: ListStreams stopped by its Limit before the last stream names where it stopped
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I create a table Returns with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    When I call ListStreams with:
      """
      {"Limit": 1}
      """
    Then the Streams in the response has 1 element
    And the response has a LastEvaluatedStreamArn

  Scenario: Each Streams operation refuses a Limit or a ShardId outside its range
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}}
      """
    When I call ListStreams with:
      """
      {"TableName": "Orders", "Limit": 101}
      """
    Then the request fails with ValidationException
    When I call DescribeStream on the stream of table Orders with:
      """
      {"Limit": 101}
      """
    Then the request fails with ValidationException
    When I call GetShardIterator on the stream of table Orders with:
      """
      {"ShardId": "shardId-too-short", "ShardIteratorType": "TRIM_HORIZON"}
      """
    Then the request fails with ValidationException
    When I get a TRIM_HORIZON shard iterator on the shard of table Orders holding "o1"
    And I read records with the shard iterator and Limit 1001
    Then the request fails with ValidationException

  Scenario: Each change is one record, with the item before and after it, and a write that changes nothing is none
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_AND_OLD_IMAGES"}}
      """
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And I update an item in Orders with:
      """
      {"Key": {"OrderId": {"S": "o1"}}, "UpdateExpression": "SET #s = :s",
       "ExpressionAttributeNames": {"#s": "Status"}, "ExpressionAttributeValues": {":s": {"S": "shipped"}}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o2"}, "Status": {"S": "placed"}}
      """
    And I delete the item from Orders with key:
      """
      {"OrderId": {"S": "o1"}}
      """
    And I delete the item from Orders with key:
      """
      {"OrderId": {"S": "never-written"}}
      """
    Then the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}},
        "OldImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}},
       {"eventName": "REMOVE", "Keys": {"OrderId": {"S": "o1"}},
        "OldImage": {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}},
       {"eventName": "INSERT", "Keys": {"OrderId": {"S": "o2"}},
        "NewImage": {"OrderId": {"S": "o2"}, "Status": {"S": "placed"}}}]
      """

  Scenario Outline: The view type <view> decides which images a record carries
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "<view>"}}
      """
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}
      """
    Then the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}}<insert>},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}}<modify>}]
      """

    Examples:
      | view               | insert                                                              | modify                                                                                                                                  |
      | KEYS_ONLY          |                                                                     |                                                                                                                                         |
      | NEW_IMAGE          | , "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}  | , "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}                                                                      |
      | OLD_IMAGE          |                                                                     | , "OldImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}                                                                       |
      | NEW_AND_OLD_IMAGES | , "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}  | , "OldImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}, "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}     |

  Scenario: A table without a StreamSpecification has no stream
    Given a table Orders keyed by OrderId
    When I call ListStreams with:
      """
      {"TableName": "Orders"}
      """
    Then the Streams in the response has 0 elements

  # API_streams_ListStreams.html: "If the TableName parameter is present, then ListStreams will
  # return only the streams ARNs for that table"; Limit, "The maximum number of streams to return";
  # ExclusiveStartStreamArn, "Use the value that was returned for LastEvaluatedStreamArn in the
  # previous operation"; LastEvaluatedStreamArn, "If LastEvaluatedStreamArn is empty, then the
  # 'last page' of results has been processed". Streams.html: "If you disable and then re-enable
  # a stream on the table, a new stream is created with a different stream descriptor", and a
  # disabled stream's data "will continue to be readable for 24 hours".
  Scenario Outline: A table's disabled and new streams are listed <limit> at a time, each once, and no other table's
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I create a table Returns with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Orders", "StreamSpecification": {"StreamEnabled": false}}
      """
    And I call UpdateTable with:
      """
      {"TableName": "Orders", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I call UpdateTable with:
      """
      {"TableName": "Returns", "StreamSpecification": {"StreamEnabled": false}}
      """
    And I call UpdateTable with:
      """
      {"TableName": "Returns", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I list the streams of table Orders to the end, <limit> at a time
    Then the pages listed 2 streams of table Orders, each once

    Examples:
      | limit |
      | 1     |
      | 2     |
      | 100   |

  # API_streams_ListStreams.html, Errors: ResourceNotFoundException, "The operation tried to access
  # a nonexistent table or index".
  Scenario: ListStreams of a table that does not exist is refused
    When I call ListStreams with:
      """
      {"TableName": "Nowhere"}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario: DescribeStream of a stream that does not exist is not found
    When I call DescribeStream with:
      """
      {"StreamArn": "arn:aws:dynamodb:us-east-1:000000000000:table/NoSuchTable/stream/2020-01-01T00:00:00.000"}
      """
    Then the request fails with ResourceNotFoundException
    And the error message is "Requested resource not found: Stream: arn:aws:dynamodb:us-east-1:000000000000:table/NoSuchTable/stream/2020-01-01T00:00:00.000 not found"

  @reference-only
  Scenario: A Time to Live delete is a REMOVE made by the service
    Given I create a table Sessions with:
      """
      {"AttributeDefinitions": [{"AttributeName": "SessionId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "SessionId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I call UpdateTimeToLive with:
      """
      {"TableName": "Sessions", "TimeToLiveSpecification": {"Enabled": true, "AttributeName": "ExpiresAt"}}
      """
    And the item in Sessions with ExpiresAt set to 10 minutes from now:
      """
      {"SessionId": {"S": "s1"}}
      """
    When 20 minutes pass
    Then the stream of table Sessions holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"SessionId": {"S": "s1"}}},
       {"eventName": "REMOVE", "Keys": {"SessionId": {"S": "s1"}},
        "userIdentity": {"Type": "Service", "PrincipalId": "dynamodb.amazonaws.com"}}]
      """

  Scenario: A stream disabled by UpdateTable is DISABLED, its records still read, its shards closed
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}}
      """
    And I note the stream of table Orders
    When I call UpdateTable with:
      """
      {"TableName": "Orders", "StreamSpecification": {"StreamEnabled": false}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o2"}}
      """
    And I call DescribeStream on the stream of table Orders
    Then the StreamDescription in the response includes:
      """
      {"StreamStatus": "DISABLED", "StreamViewType": "KEYS_ONLY"}
      """
    And the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}}}]
      """
    And the response has no NextShardIterator

  @reference-only
  Scenario: A deleted table's stream is DISABLED and still read for 24 hours, then it is gone
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And I note the stream of table Orders
    When I call DeleteTable with:
      """
      {"TableName": "Orders"}
      """
    And I call DescribeStream on the stream of table Orders
    Then the StreamDescription in the response includes:
      """
      {"StreamStatus": "DISABLED", "StreamViewType": "NEW_IMAGE"}
      """
    And the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}}]
      """
    When 23 hours pass
    And I call DescribeStream on the stream of table Orders
    Then the request succeeds
    When 1 hours pass
    And I call DescribeStream on the stream of table Orders
    Then the request fails with ResourceNotFoundException

  @reference-only @faults
  Scenario: Across a leader failover each acknowledged write appears once, in order
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
      """
    And the leader of the partition holding "o1" in Orders is in AZ a
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And AZ a fails
    Then the leader of the partition holding "o1" in Orders is no longer in AZ a
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "packed"}}
      """
    And AZ a recovers
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}
      """
    Then the replica in AZ a of the partition holding "o1" in Orders catches up
    And the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "packed"}}},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}}]
      """

  @reference-only @faults
  Scenario: A write a failover cuts before it was acknowledged never appears
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"}}
      """
    And the leader of the partition holding "o1" in Orders is in AZ a
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And replication to AZ b is held
    And replication to AZ c is held
    When I start putting an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "cancelled"}}
      """
    And AZ a fails
    And the held replication is delivered
    Then the started put is not acknowledged
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}
      """
    And AZ a recovers
    Then the replica in AZ a of the partition holding "o1" in Orders catches up
    And the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}}]
      """

  Scenario: TRIM_HORIZON reads a shard from its oldest record, Limit at a time, each read continuing where the last stopped
    Given I create a table Lines with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Customer", "AttributeType": "S"}, {"AttributeName": "Line", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "1"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "2"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "3"}}
      """
    When I get a TRIM_HORIZON shard iterator on the shard of table Lines holding "c1"
    And I read records with the shard iterator and Limit 2
    Then the records read are:
      """
      [{"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "1"}}},
       {"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "2"}}}]
      """
    And the read continues with a NextShardIterator
    When I read records with the shard iterator and Limit 2
    Then the records read are:
      """
      [{"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "3"}}}]
      """
    And the read continues with a NextShardIterator
    When I read records with the shard iterator
    Then the records read are:
      """
      []
      """
    And the read continues with a NextShardIterator

  Scenario: LATEST reads only the records written after the iterator was given
    Given I create a table Lines with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Customer", "AttributeType": "S"}, {"AttributeName": "Line", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "1"}}
      """
    When I get a LATEST shard iterator on the shard of table Lines holding "c1"
    And I read records with the shard iterator
    Then the records read are:
      """
      []
      """
    When I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "2"}}
      """
    And I read records with the shard iterator
    Then the records read are:
      """
      [{"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "2"}}}]
      """

  Scenario Outline: <type> starts a read <where> a record's SequenceNumber
    Given I create a table Lines with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Customer", "AttributeType": "S"}, {"AttributeName": "Line", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "1"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "2"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "3"}}
      """
    When I note record 2 of the shard of table Lines holding "c1"
    And I get an <type> shard iterator at the noted record
    And I read records with the shard iterator
    Then the records read are:
      """
      [<records>]
      """

    Examples:
      | type                  | where    | records                                                                                                                         |
      | AT_SEQUENCE_NUMBER    | at       | {"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "2"}}}, {"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "3"}}} |
      | AFTER_SEQUENCE_NUMBER | just after | {"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "3"}}}                                                  |

  @reference-only
  Scenario: A shard iterator not used within 15 minutes has expired
    Given I create a table Lines with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Customer", "AttributeType": "S"}, {"AttributeName": "Line", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "1"}}
      """
    When I get a TRIM_HORIZON shard iterator on the shard of table Lines holding "c1"
    And 14 minutes pass
    And I read records with the shard iterator
    Then the records read are:
      """
      [{"eventName": "INSERT", "Keys": {"Customer": {"S": "c1"}, "Line": {"N": "1"}}}]
      """
    When 15 minutes pass
    And I read records with the shard iterator
    Then the request fails with ExpiredIteratorException

  @reference-only
  Scenario: A sequence number older than the 24 hours a stream keeps is below the trim horizon
    Given I create a table Lines with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Customer", "AttributeType": "S"}, {"AttributeName": "Line", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "1"}}
      """
    And I note record 1 of the shard of table Lines holding "c1"
    When 23 hours pass
    And I get an AT_SEQUENCE_NUMBER shard iterator at the noted record
    Then the request succeeds
    When 2 hours pass
    And I get an AT_SEQUENCE_NUMBER shard iterator at the noted record
    Then the request fails with TrimmedDataAccessException

  @reference-only
  Scenario: An iterator whose record is trimmed before the iterator is used reads trimmed data
    Given I create a table Lines with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Customer", "AttributeType": "S"}, {"AttributeName": "Line", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Customer", "KeyType": "HASH"}, {"AttributeName": "Line", "KeyType": "RANGE"}],
       "BillingMode": "PAY_PER_REQUEST", "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"}}
      """
    And I put an item into Lines:
      """
      {"Customer": {"S": "c1"}, "Line": {"N": "1"}}
      """
    When 23 hours pass
    And 50 minutes pass
    And I get a TRIM_HORIZON shard iterator on the shard of table Lines holding "c1"
    And 14 minutes pass
    And I read records with the shard iterator
    Then the request fails with TrimmedDataAccessException

  Scenario Outline: GetRecords refuses <what> shard iterator
    When I call GetRecords with:
      """
      {"ShardIterator": "<iterator>"}
      """
    Then the request fails with ValidationException

    Examples:
      | what                                       | iterator                                                                                        |
      | a malformed                                | not a shard iterator                                                                            |
      | another account's stream's                 | arn:aws:dynamodb:us-west-2:111122223333:table/Forum/stream/2015-05-20T20:51:10.252\|1\|AAAAAAAAAAE |

  @reference-only
  Scenario: A shard closes after its last record and its child, naming it as parent, takes the item's later changes
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"},
       "Tags": [{"Key": "dynaspec:partitions", "Value": "1"}, {"Key": "dynaspec:stream-shard-records", "Value": "2"}]}
      """
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "packed"}}
      """
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}
      """
    Then the stream of table Orders has 1 open and 1 closed shard, each child after its parent
    And the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "packed"}}},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "shipped"}}}]
      """
    When I get a TRIM_HORIZON shard iterator on the shard of table Orders holding "o1"
    And I read records with the shard iterator
    Then the records read are:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "placed"}}},
       {"eventName": "MODIFY", "Keys": {"OrderId": {"S": "o1"}},
        "NewImage": {"OrderId": {"S": "o1"}, "Status": {"S": "packed"}}}]
      """
    And the response has no NextShardIterator

  @reference-only
  Scenario: Shards rolled over on demand are described page by page, and a disabled stream keeps their lineage
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"},
       "Tags": [{"Key": "dynaspec:partitions", "Value": "1"}]}
      """
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}}
      """
    And the shards of the stream of table Orders roll over
    And the shards of the stream of table Orders roll over
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o2"}}
      """
    And the shards of the stream of table Orders roll over
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o3"}}
      """
    Then the stream of table Orders has 1 open and 2 closed shards, each child after its parent
    When I note the stream of table Orders
    And I call UpdateTable with:
      """
      {"TableName": "Orders", "StreamSpecification": {"StreamEnabled": false}}
      """
    Then the stream of table Orders has 0 open and 3 closed shards, each child after its parent
    And the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o1"}}},
       {"eventName": "INSERT", "Keys": {"OrderId": {"S": "o2"}}},
       {"eventName": "INSERT", "Keys": {"OrderId": {"S": "o3"}}}]
      """

  @reference-only
  Scenario: A closed shard whose records are past their 24 hours is gone, though its child still names it
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"},
       "Tags": [{"Key": "dynaspec:partitions", "Value": "1"}, {"Key": "dynaspec:stream-shard-records", "Value": "1"}]}
      """
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}}
      """
    And 23 hours pass
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o2"}}
      """
    Then the stream of table Orders has 1 open and 2 closed shards, each child after its parent
    When 1 hours pass
    Then the stream of table Orders has 1 open and 1 closed shard, each child after its parent
    And the stream of table Orders has 1 shard whose parent is no longer listed
    And the stream of table Orders holds these records, each key's in order:
      """
      [{"eventName": "INSERT", "Keys": {"OrderId": {"S": "o2"}}}]
      """

  Scenario: No read returns more than 1 MB of records, and the reads that follow return the rest in order
    # Three items of 400,000 bytes each, each an INSERT record with its NEW_IMAGE: any two come to
    # less than 1 MB, all three to more, counted in either 1,000,000 or 1,048,576 bytes.
    Given I create a table Blobs with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Id", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "Id", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "NEW_IMAGE"},
       "Tags": [{"Key": "dynaspec:partitions", "Value": "1"}]}
      """
    And 3 items of 400000 bytes each in Blobs
    When I get a TRIM_HORIZON shard iterator on the shard of table Blobs holding "item-00"
    And I read records with the shard iterator until a read returns none
    Then each read returned at most 2 records, and together they have the Keys:
      """
      [{"Id": {"S": "item-00"}}, {"Id": {"S": "item-01"}}, {"Id": {"S": "item-02"}}]
      """

  @reference-only
  Scenario: A CHILD_SHARDS filter describes only the children of the shard it names
    Given I create a table Orders with:
      """
      {"AttributeDefinitions": [{"AttributeName": "OrderId", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "OrderId", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "StreamSpecification": {"StreamEnabled": true, "StreamViewType": "KEYS_ONLY"},
       "Tags": [{"Key": "dynaspec:partitions", "Value": "1"}]}
      """
    When I put an item into Orders:
      """
      {"OrderId": {"S": "o1"}}
      """
    And the shards of the stream of table Orders roll over
    And I put an item into Orders:
      """
      {"OrderId": {"S": "o2"}}
      """
    And the shards of the stream of table Orders roll over
    Then the stream of table Orders has 1 open and 2 closed shards, each child after its parent
    When I describe the stream of table Orders with a CHILD_SHARDS filter on its oldest shard
    Then the shards described are 1 child of that shard
