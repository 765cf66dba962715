# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html ("CreateTable is an asynchronous operation. Upon receiving a CreateTable request, DynamoDB immediately returns a response with a TableStatus of CREATING. After the table is created, DynamoDB sets the TableStatus to ACTIVE"; ResourceInUseException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html (Table: the TableDescription; ResourceNotFoundException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html (AttributeDefinitions, KeySchema, TableName, TableStatus, CreationDateTime "The date and time when the table was created, in UNIX epoch time format", TableId "Unique identifier for the table" with the pattern [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}, ProvisionedThroughput, TableSizeBytes, ItemCount, TableArn, BillingModeSummary, LocalSecondaryIndexes, GlobalSecondaryIndexes)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughputDescription.html (ReadCapacityUnits, WriteCapacityUnits, NumberOfDecreasesToday "The number of provisioned throughput decreases for this table during this UTC calendar day")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BillingModeSummary.html (BillingMode; LastUpdateToPayPerRequestDateTime)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_LocalSecondaryIndexDescription.html and API_GlobalSecondaryIndexDescription.html (IndexName, KeySchema, Projection, IndexArn, IndexSizeBytes, ItemCount; IndexStatus and ProvisionedThroughput for a global index)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html ("When DeleteTable is called, the table is in the DELETING state"; ResourceNotFoundException)
# Source: docs.aws.amazon.com/IAM/latest/UserGuide/reference-identity-arns.html and docs.aws.amazon.com/service-authorization/latest/reference/list_amazondynamodb.html (table ARN: arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}; index ARN: .../table/${TableName}/index/${IndexName})
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html ("Using deletion protection": a table with deletion protection on cannot be deleted; it is off by default) and docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html, API_UpdateTable.html, API_TableDescription.html (DeletionProtectionEnabled: "Indicates whether deletion protection is to be enabled (true) or disabled (false) on the table")
# Source: repost.aws/knowledge-center/dynamodb-accidental-delete-protection (turned on by UpdateTable with DeletionProtectionEnabled alone, `aws dynamodb update-table --table-name my-table --deletion-protection-enabled`; "When you try to delete the table, you see the following error message")
# Record: DynamoDB's answer to a DeleteTable of a protected table, as the published test fixtures of tools that call DynamoDB record it (aws-nuke's DynamoDBTable test): ValidationException, "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first."
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableClassSummary.html (TableClass "The table class of the specified table. Valid values are STANDARD and STANDARD_INFREQUENT_ACCESS"; LastUpdateDateTime) and API_CreateTable.html, API_UpdateTable.html (TableClass, "Valid Values: STANDARD | STANDARD_INFREQUENT_ACCESS"); docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.TableClasses.html (a table's class is chosen when it is created and changed by UpdateTable)
# Seed: "When you create dynamodb table, the table is created and there is metadata stored about the table along with it. The metadata inludes the key attributes and capacity, etc."
@table_lifecycle
Feature: A table is created, described and deleted as its description says
  The description of a table echoes what CreateTable declared (key schema, attribute
  definitions, throughput, indexes) and adds what DynamoDB assigns: an ARN, an id, a creation
  time, and the size and item count (both zero for a new table). Values that differ from run to
  run are checked for their shape.

  Scenario: CreateTable answers at once, with the table CREATING; DescribeTable then finds it ACTIVE
    When I create a table Employee with:
      """
      {"AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "Employee", "TableStatus": "CREATING",
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}],
       "AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}]}
      """
    When I call DescribeTable with:
      """
      {"TableName": "Employee"}
      """
    Then the Table in the response includes:
      """
      {"TableName": "Employee", "TableStatus": "ACTIVE", "ItemCount": 0, "TableSizeBytes": 0,
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}],
       "AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"}}
      """

  Scenario: DescribeTable gives the table an ARN, a UUID as TableId and the time it was created
    Given a table Employee keyed by LoginAlias
    When I call DescribeTable with:
      """
      {"TableName": "Employee"}
      """
    Then "/Table/TableArn" in the response is the ARN of table Employee
    And "/Table/TableId" in the response is a UUID
    And "/Table/CreationDateTime" in the response is a time in the last 10 minutes
    And "/Table/BillingModeSummary/LastUpdateToPayPerRequestDateTime" in the response is a time in the last 10 minutes

  Scenario: A provisioned table with a composite key is described with its throughput and both key attributes
    When I create a table Music with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}, {"AttributeName": "Year", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}, {"AttributeName": "Year", "KeyType": "RANGE"}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 7}}
      """
    And I call DescribeTable with:
      """
      {"TableName": "Music"}
      """
    Then the Table in the response includes:
      """
      {"TableName": "Music", "TableStatus": "ACTIVE",
       "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}, {"AttributeName": "Year", "KeyType": "RANGE"}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 7, "NumberOfDecreasesToday": 0}}
      """
    And "/Table/AttributeDefinitions" in the response holds, in any order:
      """
      [{"AttributeName": "Artist", "AttributeType": "S"}, {"AttributeName": "Year", "AttributeType": "N"}]
      """
    And "/Table/TableArn" in the response is the ARN of table Music

  Scenario: A local secondary index is described with its key, projection and ARN
    When I create a table Music with:
      """
      {"AttributeDefinitions": [{"AttributeName": "Artist", "AttributeType": "S"}, {"AttributeName": "SongTitle", "AttributeType": "S"},
                                {"AttributeName": "AlbumTitle", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}, {"AttributeName": "SongTitle", "KeyType": "RANGE"}],
       "LocalSecondaryIndexes": [{"IndexName": "AlbumTitleIndex",
                                  "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}, {"AttributeName": "AlbumTitle", "KeyType": "RANGE"}],
                                  "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["Genre", "Year"]}}],
       "BillingMode": "PAY_PER_REQUEST"}
      """
    And I call DescribeTable with:
      """
      {"TableName": "Music"}
      """
    Then the Table in the response includes:
      """
      {"LocalSecondaryIndexes": [{"IndexName": "AlbumTitleIndex",
                                  "KeySchema": [{"AttributeName": "Artist", "KeyType": "HASH"}, {"AttributeName": "AlbumTitle", "KeyType": "RANGE"}],
                                  "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["Genre", "Year"]},
                                  "IndexSizeBytes": 0, "ItemCount": 0}]}
      """
    And "/Table/LocalSecondaryIndexes/0/IndexArn" in the response is the ARN of index AlbumTitleIndex of table Music
    And "/Table/AttributeDefinitions" in the response holds, in any order:
      """
      [{"AttributeName": "Artist", "AttributeType": "S"}, {"AttributeName": "SongTitle", "AttributeType": "S"},
       {"AttributeName": "AlbumTitle", "AttributeType": "S"}]
      """
    And the response has no GlobalSecondaryIndexes

  Scenario: A global secondary index of a provisioned table is described ACTIVE, with its own throughput
    When I create a table GameScores with:
      """
      {"AttributeDefinitions": [{"AttributeName": "UserId", "AttributeType": "S"}, {"AttributeName": "GameTitle", "AttributeType": "S"},
                                {"AttributeName": "TopScore", "AttributeType": "N"}],
       "KeySchema": [{"AttributeName": "UserId", "KeyType": "HASH"}, {"AttributeName": "GameTitle", "KeyType": "RANGE"}],
       "GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex",
                                   "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}, {"AttributeName": "TopScore", "KeyType": "RANGE"}],
                                   "Projection": {"ProjectionType": "KEYS_ONLY"},
                                   "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4}}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5}}
      """
    And I call DescribeTable with:
      """
      {"TableName": "GameScores"}
      """
    Then the Table in the response includes:
      """
      {"GlobalSecondaryIndexes": [{"IndexName": "GameTitleIndex", "IndexStatus": "ACTIVE",
                                   "KeySchema": [{"AttributeName": "GameTitle", "KeyType": "HASH"}, {"AttributeName": "TopScore", "KeyType": "RANGE"}],
                                   "Projection": {"ProjectionType": "KEYS_ONLY"},
                                   "ProvisionedThroughput": {"ReadCapacityUnits": 3, "WriteCapacityUnits": 4},
                                   "IndexSizeBytes": 0, "ItemCount": 0}]}
      """
    And "/Table/GlobalSecondaryIndexes/0/IndexArn" in the response is the ARN of index GameTitleIndex of table GameScores
    And the response has no LocalSecondaryIndexes

  Scenario: Creating a table that exists is refused
    Given a table Employee keyed by LoginAlias
    When I call CreateTable with:
      """
      {"TableName": "Employee", "AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the request fails with ResourceInUseException

  Scenario: DeleteTable answers with the table DELETING
    Given a table Employee keyed by LoginAlias
    When I call DeleteTable with:
      """
      {"TableName": "Employee"}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "Employee", "TableStatus": "DELETING"}
      """
    And "/TableDescription/TableArn" in the response is the ARN of table Employee

  Scenario Outline: <operation> of a table that does not exist is refused
    When I call <operation> with:
      """
      {"TableName": "Nowhere"}
      """
    Then the request fails with ResourceNotFoundException

    Examples:
      | operation     |
      | DescribeTable |
      | DeleteTable   |

  @strict
  Scenario: CreateTable refuses throughput beyond the bounds, in DynamoDB's words
    # dynalite's test/createTable.js records DynamoDB's message for a ReadCapacityUnits past 10^12.
    When I call CreateTable with:
      """
      {"TableName": "Employee", "AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000001, "WriteCapacityUnits": 1000000000001}}
      """
    Then the request fails with ValidationException
    And the error message is "Given value 1000000000001 for ReadCapacityUnits is out of bounds"

  Scenario: CreateTable names both throughput members when both are below 1
    When I call CreateTable with:
      """
      {"TableName": "Employee", "AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}],
       "ProvisionedThroughput": {"ReadCapacityUnits": 0, "WriteCapacityUnits": 0}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '0' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1
      Value '0' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1
      """

  Scenario: A table created with deletion protection is described with it, and DeleteTable leaves it and its items alone until the protection is off
    When I create a table Employee with:
      """
      {"AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "DeletionProtectionEnabled": true}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "Employee", "DeletionProtectionEnabled": true}
      """
    When Employee and its indexes are ACTIVE
    And I put an item into Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    And I call DeleteTable with:
      """
      {"TableName": "Employee"}
      """
    Then the request fails with ValidationException
    And Employee holds the item:
      """
      {"LoginAlias": {"S": "irenes"}, "FirstName": {"S": "Irene"}}
      """
    When I call DescribeTable with:
      """
      {"TableName": "Employee"}
      """
    Then the Table in the response includes:
      """
      {"TableName": "Employee", "TableStatus": "ACTIVE", "DeletionProtectionEnabled": true}
      """
    When I call UpdateTable with:
      """
      {"TableName": "Employee", "DeletionProtectionEnabled": false}
      """
    Then the request succeeds
    When I call DeleteTable with:
      """
      {"TableName": "Employee"}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "Employee", "TableStatus": "DELETING"}
      """

  Scenario: UpdateTable with DeletionProtectionEnabled alone turns the protection on
    Given a table Employee keyed by LoginAlias
    When I call UpdateTable with:
      """
      {"TableName": "Employee", "DeletionProtectionEnabled": true}
      """
    Then the request succeeds
    When I call DescribeTable with:
      """
      {"TableName": "Employee"}
      """
    Then the Table in the response includes:
      """
      {"TableName": "Employee", "DeletionProtectionEnabled": true}
      """
    When I call DeleteTable with:
      """
      {"TableName": "Employee"}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: DeleteTable of a protected table is refused in DynamoDB's words
    Given a table Employee keyed by LoginAlias
    When I call UpdateTable with:
      """
      {"TableName": "Employee", "DeletionProtectionEnabled": true}
      """
    And I call DeleteTable with:
      """
      {"TableName": "Employee"}
      """
    Then the request fails with ValidationException
    And the error message is "Resource cannot be deleted as it is currently protected against deletion. Disable deletion protection first."

  Scenario: A table created in the Standard-Infrequent Access class is described with it, and UpdateTable alone moves it to Standard
    When I create a table Employee with:
      """
      {"AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "TableClass": "STANDARD_INFREQUENT_ACCESS"}
      """
    Then the TableDescription in the response includes:
      """
      {"TableName": "Employee", "TableClassSummary": {"TableClass": "STANDARD_INFREQUENT_ACCESS"}}
      """
    When Employee and its indexes are ACTIVE
    And I call UpdateTable with:
      """
      {"TableName": "Employee", "TableClass": "STANDARD"}
      """
    Then the request succeeds
    When Employee and its indexes are ACTIVE
    And I call DescribeTable with:
      """
      {"TableName": "Employee"}
      """
    Then the Table in the response includes:
      """
      {"TableName": "Employee", "TableClassSummary": {"TableClass": "STANDARD"}}
      """
    And "/Table/TableClassSummary/LastUpdateDateTime" in the response is a time in the last 10 minutes

  Scenario: CreateTable refuses a table class that is not one of the two
    When I call CreateTable with:
      """
      {"TableName": "Employee", "AttributeDefinitions": [{"AttributeName": "LoginAlias", "AttributeType": "S"}],
       "KeySchema": [{"AttributeName": "LoginAlias", "KeyType": "HASH"}], "BillingMode": "PAY_PER_REQUEST",
       "TableClass": "STANDARD_IA"}
      """
    Then the request fails with ValidationException
    When I call DescribeTable with:
      """
      {"TableName": "Employee"}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: UpdateTable refuses a table class that is not one of the two
    Given a table Employee keyed by LoginAlias
    When I call UpdateTable with:
      """
      {"TableName": "Employee", "TableClass": "INFREQUENT_ACCESS"}
      """
    Then the request fails with ValidationException
