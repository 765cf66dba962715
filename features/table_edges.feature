# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html (TableName "Length Constraints: Minimum length of 3. Maximum length of 255", "Pattern: [a-zA-Z0-9_.-]+"; AttributeDefinitions and KeySchema "Required: Yes"; KeySchema "Array Members: Minimum number of 1 item. Maximum number of 2 items"; "The first element must have a KeyType of HASH, and the second element must have a KeyType of RANGE"; BillingMode "PROVISIONED | PAY_PER_REQUEST"; LocalSecondaryIndexes "each local secondary index in the array includes ... Projection ... NonKeyAttributes"; errors LimitExceededException, ResourceInUseException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ProvisionedThroughput.html (ReadCapacityUnits, WriteCapacityUnits "Valid Range: Minimum value of 1") and API_Projection.html (ProjectionType "ALL | KEYS_ONLY | INCLUDE"; NonKeyAttributes "Array Members: Minimum number of 1 item", each "Minimum length of 1. Maximum length of 255"), developerguide/ServiceQuotas.html ("You can define a maximum of 5 local secondary indexes per table")
# Record: dynalite's test suite, which records live DynamoDB's answers (createTable validations: the shape problems listed together, the key schema's and the attribute definitions' rules, throughput bounds and billing mode, local index rules; the exact messages of the @strict scenarios)
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@table_edges
Feature: CreateTable at the edges of its rules: what a table definition may hold
  A table definition is refused, and no table is created, when it breaks a rule of its shape
  (a name's length or characters, a required member, an enumeration, a minimum), when its key
  schema is not one HASH element optionally followed by one RANGE element, each defined once in
  AttributeDefinitions and nothing else defined, when its throughput does not suit its billing
  mode, or when a local secondary index does not share the table's partition key. Bodies are
  sent as written, so that no SDK's own checks stand in front of the rule.

  Scenario Outline: A table definition with <case> is refused
    When I send CreateTable with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | case | body |
      | an empty table name | {"TableName": ""} |
      | a table name too short | {"TableName": "a;"} |
      | a table name too long | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} |
      | throughput given for on-demand billing | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}, "BillingMode": "PAY_PER_REQUEST"} |
      | read units past the bound | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000001, "WriteCapacityUnits": 1000000000001}} |
      | write units past the bound | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000000, "WriteCapacityUnits": 1000000000001}} |
      | two HASH elements of an undefined attribute | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | an undefined key on on-demand billing | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "BillingMode": "PAY_PER_REQUEST"} |
      | an attribute type of SS | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "SS"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | an attribute type that is no type | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "a"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | two HASH elements, neither defined | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a key attribute defined under another name | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a partition key not defined beside a defined sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | one defined attribute as two HASH elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | the same name for both key elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a second element that is not RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a first element that is RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "RANGE", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | two RANGE elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "RANGE", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | an attribute defined beyond a composite key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "c", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | an attribute defined beyond a simple key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | an empty list of local indexes | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "LocalSecondaryIndexes": [], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index on a table without a sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "c", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index whose first element is RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index with one name for both elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "HASH"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index whose second element is not RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index without a sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index with another partition key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index with its partition key as sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index with an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a local index projection without a type | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"NonKeyAttributes": ["a"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | NonKeyAttributes with projection ALL | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL", "NonKeyAttributes": ["a"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | NonKeyAttributes with projection KEYS_ONLY | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY", "NonKeyAttributes": ["a"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | two local indexes of one name | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | six local indexes | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abd", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abe", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abf", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abg", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abh", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index whose first element is RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index with one name for both elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "HASH"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index whose second element is not RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index without a sort key and an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index with another partition key and an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index with its partition key as sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index with an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | a global index projection without a type | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"NonKeyAttributes": ["a"]}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | NonKeyAttributes with a global index projection ALL | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL", "NonKeyAttributes": ["a"]}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | NonKeyAttributes with a global index projection KEYS_ONLY | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY", "NonKeyAttributes": ["a"]}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | two global indexes of one name | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}, {"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | an empty list of global indexes | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "GlobalSecondaryIndexes": [], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |

  @strict
  Scenario Outline: A table definition with <case> is refused with DynamoDB's message
    When I send CreateTable with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | case | body | message |
      | an empty table name | {"TableName": ""} | TableName must be at least 3 characters long and at most 255 characters long |
      | a table name too short | {"TableName": "a;"} | TableName must be at least 3 characters long and at most 255 characters long |
      | a table name too long | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} | TableName must be at least 3 characters long and at most 255 characters long |
      | throughput given for on-demand billing | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}, "BillingMode": "PAY_PER_REQUEST"} | One or more parameter values were invalid: Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST |
      | read units past the bound | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000001, "WriteCapacityUnits": 1000000000001}} | Given value 1000000000001 for ReadCapacityUnits is out of bounds |
      | write units past the bound | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000000, "WriteCapacityUnits": 1000000000001}} | Given value 1000000000001 for WriteCapacityUnits is out of bounds |
      | two HASH elements of an undefined attribute | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: Some index key attribute have no definition |
      | an undefined key on on-demand billing | {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "BillingMode": "PAY_PER_REQUEST"} | Invalid KeySchema: Some index key attribute have no definition |
      | an attribute type of SS | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "SS"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | 1 validation error detected: Value 'SS' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S] |
      | an attribute type that is no type | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "a"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | 1 validation error detected: Value 'a' at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must satisfy enum value set: [B, N, S] |
      | two HASH elements, neither defined | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: Some index key attribute have no definition |
      | a key attribute defined under another name | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [a], AttributeDefinitions: [b] |
      | a partition key not defined beside a defined sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: Some index key attribute have no definition |
      | one defined attribute as two HASH elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: Some index key attribute have no definition |
      | the same name for both key elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Both the Hash Key and the Range Key element in the KeySchema have the same name |
      | a second element that is not RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: The second KeySchemaElement is not a RANGE key type |
      | a first element that is RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "RANGE", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: The first KeySchemaElement is not a HASH key type |
      | two RANGE elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "RANGE", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: The first KeySchemaElement is not a HASH key type |
      | an attribute defined beyond a composite key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "c", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions |
      | an attribute defined beyond a simple key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions |
      | an empty list of local indexes | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "LocalSecondaryIndexes": [], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: List of LocalSecondaryIndexes is empty |
      | a local index on a table without a sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "c", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex |
      | a local index whose first element is RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: The first KeySchemaElement is not a HASH key type |
      | a local index with one name for both elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "HASH"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Both the Hash Key and the Range Key element in the KeySchema have the same name |
      | a local index whose second element is not RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: The second KeySchemaElement is not a RANGE key type |
      | a local index without a sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Index KeySchema does not have a range key for index: abc |
      | a local index with another partition key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Index KeySchema does not have the same leading hash key as table KeySchema for index: abc. index hash key: b, table hash key: a |
      | a local index with its partition key as sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Both the Hash Key and the Range Key element in the KeySchema have the same name |
      | a local index with an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Unknown ProjectionType: null |
      | a local index projection without a type | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"NonKeyAttributes": ["a"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Unknown ProjectionType: null |
      | NonKeyAttributes with projection ALL | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL", "NonKeyAttributes": ["a"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is specified |
      | NonKeyAttributes with projection KEYS_ONLY | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY", "NonKeyAttributes": ["a"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified |
      | two local indexes of one name | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Duplicate index name: abc |
      | six local indexes | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abd", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abe", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abf", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abg", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abh", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Number of LocalSecondaryIndexes exceeds per-table limit of 5 |
      | a global index whose first element is RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: The first KeySchemaElement is not a HASH key type |
      | a global index with one name for both elements | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "HASH"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Both the Hash Key and the Range Key element in the KeySchema have the same name |
      | a global index whose second element is not RANGE | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Invalid KeySchema: The second KeySchemaElement is not a RANGE key type |
      | a global index without a sort key and an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Unknown ProjectionType: null |
      | a global index with another partition key and an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "b", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Unknown ProjectionType: null |
      | a global index with its partition key as sort key | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "a", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | Both the Hash Key and the Range Key element in the KeySchema have the same name |
      | a global index with an empty projection | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Unknown ProjectionType: null |
      | a global index projection without a type | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"NonKeyAttributes": ["a"]}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Unknown ProjectionType: null |
      | NonKeyAttributes with a global index projection ALL | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL", "NonKeyAttributes": ["a"]}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: ProjectionType is ALL, but NonKeyAttributes is specified |
      | NonKeyAttributes with a global index projection KEYS_ONLY | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY", "NonKeyAttributes": ["a"]}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: ProjectionType is KEYS_ONLY, but NonKeyAttributes is specified |
      | two global indexes of one name | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "GlobalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}, {"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}, "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: Duplicate index name: abc |
      | an empty list of global indexes | {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "GlobalSecondaryIndexes": [], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} | One or more parameter values were invalid: List of GlobalSecondaryIndexes is empty |

  @strict
  Scenario: A table definition with no key schema nor attribute definitions, and a bad name lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "abc;"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'attributeDefinitions' failed to satisfy constraint: Member must not be null
      Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value null at 'keySchema' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: A table definition with no key schema lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": []}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'keySchema' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: A table definition with an empty throughput and no key schema lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": [], "ProvisionedThroughput": {}, "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must not be null
      Value null at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must not be null
      Value null at 'keySchema' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: A table definition with units below 1, an empty key schema and an unknown billing mode lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [], "ProvisionedThroughput": {"ReadCapacityUnits": -1, "WriteCapacityUnits": -1}, "BillingMode": "A"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'A' at 'billingMode' failed to satisfy constraint: Member must satisfy enum value set: [PROVISIONED, PAY_PER_REQUEST]
      Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1
      Value '-1' at 'provisionedThroughput.readCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1
      Value '[]' at 'keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1
      """

  @strict
  Scenario: A table definition with write units below 1 beside read units past the bound lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": [], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1000000000001, "WriteCapacityUnits": -1}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '-1' at 'provisionedThroughput.writeCapacityUnits' failed to satisfy constraint: Member must have value greater than or equal to 1
      """

  @strict
  Scenario: A table definition with an attribute definition without name or type lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": [{}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "HASH", "AttributeName": "a"}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'attributeDefinitions.1.member.attributeName' failed to satisfy constraint: Member must not be null
      Value null at 'attributeDefinitions.1.member.attributeType' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: A table definition with bad local index names and an empty index key schema lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "LocalSecondaryIndexes": [{"IndexName": "h;", "KeySchema": [], "Projection": {}}, {"IndexName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}], "Projection": {}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value 'h;' at 'localSecondaryIndexes.1.member.indexName' failed to satisfy constraint: Member must have length greater than or equal to 3
      Value '[]' at 'localSecondaryIndexes.1.member.keySchema' failed to satisfy constraint: Member must have length greater than or equal to 1
      Value 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' at 'localSecondaryIndexes.2.member.indexName' failed to satisfy constraint: Member must have length less than or equal to 255
      """

  @strict
  Scenario: A table definition with an unknown projection type and empty NonKeyAttributes lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"NonKeyAttributes": [], "ProjectionType": "abc"}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'abc' at 'localSecondaryIndexes.1.member.projection.projectionType' failed to satisfy constraint: Member must satisfy enum value set: [ALL, INCLUDE, KEYS_ONLY]
      Value '[]' at 'localSecondaryIndexes.1.member.projection.nonKeyAttributes' failed to satisfy constraint: Member must have length greater than or equal to 1
      """

  @strict
  Scenario: A table definition with six valid local indexes and an empty seventh lists every problem it has
    When I send CreateTable with the raw body:
      """
      {"TableName": "${Abc}", "AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abd", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abe", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abf", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abg", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {"IndexName": "abh", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "ALL"}}, {}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'localSecondaryIndexes.7.member.projection' failed to satisfy constraint: Member must not be null
      Value null at 'localSecondaryIndexes.7.member.indexName' failed to satisfy constraint: Member must not be null
      Value null at 'localSecondaryIndexes.7.member.keySchema' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: A table definition without a name is refused with DynamoDB's message
    When I send CreateTable with the raw body:
      """
      {}
      """
    Then the request fails with ValidationException
    And the error message is "The parameter 'TableName' is required but was not present in the request"

  Scenario Outline: <operation> with <case> is refused
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | operation | case | body |
      | DescribeTable | no name | {} |
      | DescribeTable | an empty name | {"TableName": ""} |
      | DescribeTable | a name of two characters | {"TableName": "a;"} |
      | DescribeTable | a name of 256 characters | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} |
      | DeleteTable | no name | {} |
      | DeleteTable | an empty name | {"TableName": ""} |
      | DeleteTable | a name of two characters | {"TableName": "a;"} |
      | DeleteTable | a name of 256 characters | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} |
      | UpdateTable | no name | {} |
      | UpdateTable | an empty name | {"TableName": ""} |
      | UpdateTable | a name of two characters | {"TableName": "a;"} |
      | UpdateTable | a name of 256 characters | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} |
      | DescribeTable | a character outside the pattern | {"TableName": "abc;"} |
      | DeleteTable | a character outside the pattern | {"TableName": "abc;"} |

  # API_Projection.html, NonKeyAttributes: "Length Constraints: Minimum length of 1. Maximum length of 255."
  # ServiceQuotas.html, "Secondary indexes": "You can define a maximum of 5 local secondary indexes";
  # the sixth is refused above, and five are a table's to have.
  Scenario: A table definition with five local indexes, the most a table may have, is accepted
    When I create a table Forum with:
      """
      {"AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}, {"AttributeName": "c", "AttributeType": "S"}, {"AttributeName": "d", "AttributeType": "S"}, {"AttributeName": "e", "AttributeType": "S"}, {"AttributeName": "f", "AttributeType": "S"}, {"AttributeName": "g", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "by_c", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "c", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_d", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "d", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_e", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "e", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_f", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "f", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "g", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}], "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the request succeeds

  # ServiceQuotas.html, "Secondary indexes": "There is a default quota of 20 global secondary indexes
  # per table"; a table on the default quota may have 20.
  Scenario: A table definition with twenty global indexes, the default quota, is accepted
    When I create a table Wide with:
      """
      {"AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "g01", "AttributeType": "S"}, {"AttributeName": "g02", "AttributeType": "S"}, {"AttributeName": "g03", "AttributeType": "S"}, {"AttributeName": "g04", "AttributeType": "S"}, {"AttributeName": "g05", "AttributeType": "S"}, {"AttributeName": "g06", "AttributeType": "S"}, {"AttributeName": "g07", "AttributeType": "S"}, {"AttributeName": "g08", "AttributeType": "S"}, {"AttributeName": "g09", "AttributeType": "S"}, {"AttributeName": "g10", "AttributeType": "S"}, {"AttributeName": "g11", "AttributeType": "S"}, {"AttributeName": "g12", "AttributeType": "S"}, {"AttributeName": "g13", "AttributeType": "S"}, {"AttributeName": "g14", "AttributeType": "S"}, {"AttributeName": "g15", "AttributeType": "S"}, {"AttributeName": "g16", "AttributeType": "S"}, {"AttributeName": "g17", "AttributeType": "S"}, {"AttributeName": "g18", "AttributeType": "S"}, {"AttributeName": "g19", "AttributeType": "S"}, {"AttributeName": "g20", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}], "GlobalSecondaryIndexes": [{"IndexName": "by_g01", "KeySchema": [{"AttributeName": "g01", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g02", "KeySchema": [{"AttributeName": "g02", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g03", "KeySchema": [{"AttributeName": "g03", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g04", "KeySchema": [{"AttributeName": "g04", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g05", "KeySchema": [{"AttributeName": "g05", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g06", "KeySchema": [{"AttributeName": "g06", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g07", "KeySchema": [{"AttributeName": "g07", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g08", "KeySchema": [{"AttributeName": "g08", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g09", "KeySchema": [{"AttributeName": "g09", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g10", "KeySchema": [{"AttributeName": "g10", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g11", "KeySchema": [{"AttributeName": "g11", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g12", "KeySchema": [{"AttributeName": "g12", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g13", "KeySchema": [{"AttributeName": "g13", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g14", "KeySchema": [{"AttributeName": "g14", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g15", "KeySchema": [{"AttributeName": "g15", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g16", "KeySchema": [{"AttributeName": "g16", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g17", "KeySchema": [{"AttributeName": "g17", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g18", "KeySchema": [{"AttributeName": "g18", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g19", "KeySchema": [{"AttributeName": "g19", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}, {"IndexName": "by_g20", "KeySchema": [{"AttributeName": "g20", "KeyType": "HASH"}], "Projection": {"ProjectionType": "KEYS_ONLY"}}], "BillingMode": "PAY_PER_REQUEST"}
      """
    Then the request succeeds

  Scenario: A local index may project a non-key attribute whose name is 255 characters long
    When I create a table Wide with:
      """
      {"AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}}
      """
    Then the request succeeds

  Scenario Outline: A local index may not project a non-key attribute whose name is <case>
    When I create a table Wide with:
      """
      <body>
      """
    Then the request fails with ValidationException

    Examples:
      | case | body |
      | empty | {"AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": [""]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |
      | 256 characters long | {"AttributeDefinitions": [{"AttributeName": "a", "AttributeType": "S"}, {"AttributeName": "b", "AttributeType": "S"}], "KeySchema": [{"KeyType": "HASH", "AttributeName": "a"}, {"KeyType": "RANGE", "AttributeName": "b"}], "LocalSecondaryIndexes": [{"IndexName": "abc", "KeySchema": [{"AttributeName": "a", "KeyType": "HASH"}, {"AttributeName": "b", "KeyType": "RANGE"}], "Projection": {"ProjectionType": "INCLUDE", "NonKeyAttributes": ["nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn"]}}], "ProvisionedThroughput": {"ReadCapacityUnits": 1, "WriteCapacityUnits": 1}} |

  Scenario Outline: <operation> of a name of <length> characters, the shortest and longest a table may have, looks for the table
    When I send <operation> with the raw body:
      """
      {"TableName": "<name>"}
      """
    Then the request fails with ResourceNotFoundException

    Examples:
      | operation | length | name |
      | DescribeTable | 3 | abc |
      | DeleteTable | 3 | abc |
      | DeleteTable | 255 | ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt |

  @strict
  Scenario Outline: <operation> with <case> is refused with DynamoDB's message
    When I send <operation> with the raw body:
      """
      <body>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples:
      | operation | case | body | message |
      | DescribeTable | no name | {} | The parameter 'TableName' is required but was not present in the request |
      | DescribeTable | an empty name | {"TableName": ""} | TableName must be at least 3 characters long and at most 255 characters long |
      | DescribeTable | a name of two characters | {"TableName": "a;"} | TableName must be at least 3 characters long and at most 255 characters long |
      | DescribeTable | a name of 256 characters | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} | TableName must be at least 3 characters long and at most 255 characters long |
      | DeleteTable | no name | {} | The parameter 'TableName' is required but was not present in the request |
      | DeleteTable | an empty name | {"TableName": ""} | TableName must be at least 3 characters long and at most 255 characters long |
      | DeleteTable | a name of two characters | {"TableName": "a;"} | TableName must be at least 3 characters long and at most 255 characters long |
      | DeleteTable | a name of 256 characters | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} | TableName must be at least 3 characters long and at most 255 characters long |
      | UpdateTable | no name | {} | The parameter 'TableName' is required but was not present in the request |
      | UpdateTable | an empty name | {"TableName": ""} | TableName must be at least 3 characters long and at most 255 characters long |
      | UpdateTable | a name of two characters | {"TableName": "a;"} | TableName must be at least 3 characters long and at most 255 characters long |
      | UpdateTable | a name of 256 characters | {"TableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} | TableName must be at least 3 characters long and at most 255 characters long |
      | DescribeTable | a character outside the pattern | {"TableName": "abc;"} | 1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+ |
      | DeleteTable | a character outside the pattern | {"TableName": "abc;"} | 1 validation error detected: Value 'abc;' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+ |

  Scenario: ListTables with an empty ExclusiveStartTableName is refused
    When I send ListTables with the raw body:
      """
      {"ExclusiveStartTableName": ""}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: ListTables with an empty ExclusiveStartTableName lists every problem it has
    When I send ListTables with the raw body:
      """
      {"ExclusiveStartTableName": ""}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value '' at 'exclusiveStartTableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value '' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length greater than or equal to 3
      """

  Scenario: ListTables with a short ExclusiveStartTableName and a Limit of 500 is refused
    When I send ListTables with the raw body:
      """
      {"ExclusiveStartTableName": "a;", "Limit": 500}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: ListTables with a short ExclusiveStartTableName and a Limit of 500 lists every problem it has
    When I send ListTables with the raw body:
      """
      {"ExclusiveStartTableName": "a;", "Limit": 500}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'a;' at 'exclusiveStartTableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+
      Value 'a;' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length greater than or equal to 3
      Value '500' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 100
      """

  Scenario: ListTables with an ExclusiveStartTableName of 256 characters is refused
    When I send ListTables with the raw body:
      """
      {"ExclusiveStartTableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
      """
    Then the request fails with ValidationException

  @strict
  Scenario: ListTables with an ExclusiveStartTableName of 256 characters lists every problem it has
    When I send ListTables with the raw body:
      """
      {"ExclusiveStartTableName": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' at 'exclusiveStartTableName' failed to satisfy constraint: Member must have length less than or equal to 255
      """
