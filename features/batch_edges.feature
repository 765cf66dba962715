# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html ("BatchWriteItem rejects the entire batch" when "One or more tables specified in the BatchWriteItem request does not exist", "Primary key attributes specified on an item in the request do not match those in the corresponding table's primary key schema", "You try to perform multiple operations on the same item in the same BatchWriteItem request"; RequestItems: "Map Entries: Maximum number of 100 items", "Array Members: Minimum number of 1 item. Maximum number of 25 items"; errors ResourceNotFoundException, ValidationException)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/LSI.html ("the index key attributes ... must be of the scalar type defined for them": an item whose index sort key has another type is refused)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/CommonErrors.html (ValidationException: "The input fails to satisfy the constraints specified by an AWS service")
# Record: dynalite's test suite, which records live DynamoDB's answers (batchWriteItem validations: which of two problems is reported first, the key-schema and index-key messages, the messages for an empty RequestItems and for missing members, for a table given no or 26 requests, and for a table name too short or outside the pattern, which print the RequestItems map in DynamoDB's own rendering)
# Seed: "Under the hood, this BatchWriteItem actually uses PutItem. The way it works is you may specify up to 25 Items in `BatchWriteItem` command to write to one or more tables. Dynamo processes each item by invoking `PutItem` with each item data. `BatchWriteItem` then returns JSON response and all failed writes are sent back to the application in an attribute called `UnprocessedItems`. Your app must then check the `UnprocessedItems` field and take appropriate action."
@batch_edges
Feature: BatchWriteItem at the edges of its rules: which refusal wins, and what no batch may hold
  A batch is refused whole when any of its requests breaks a rule. When a batch breaks two rules
  at once, DynamoDB reports one of them, and always the same one: a table that does not exist is
  reported before a key named twice or an item without its key. Every key must have exactly the
  type the table declares, and so must an index key the item carries.

  Background:
    Given a table Employee keyed by LoginAlias

  Scenario: A table that does not exist is reported before a key named twice
    When I write in one batch:
      """
      {"Nonexistent": [{"PutRequest": {"Item": {"Id": {"S": "x"}, "c": {"S": "c"}}}}, {"DeleteRequest": {"Key": {"Id": {"S": "x"}}}}]}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: A table that does not exist is reported before an item without any key
    When I write in one batch:
      """
      {"Nonexistent": [{"PutRequest": {"Item": {}}}]}
      """
    Then the request fails with ResourceNotFoundException

  Scenario: A put and a delete of the same item in one batch are refused, whichever comes first
    When I write in one batch:
      """
      {"Employee": [{"DeleteRequest": {"Key": {"LoginAlias": {"S": "irenes"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}, "c": {"S": "c"}}}}]}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "irenes"}}
      """

  @strict
  Scenario: A key named twice is refused with DynamoDB's message
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "irenes"}, "c": {"S": "c"}}}}, {"DeleteRequest": {"Key": {"LoginAlias": {"S": "irenes"}}}}]}
      """
    Then the request fails with ValidationException
    And the error message is "Provided list of item keys contains duplicates"

  Scenario Outline: An item whose key is missing or of another type is refused: <item>
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": {"LoginAlias": {"S": "kept"}}}}, {"PutRequest": {"Item": <item>}}]}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "kept"}}
      """

    Examples:
      | item |
      | {} |
      | {"b": {"S": "a"}} |
      | {"LoginAlias": {"B": "abcd"}} |
      | {"LoginAlias": {"N": "1"}} |
      | {"LoginAlias": {"BOOL": true}} |
      | {"LoginAlias": {"NULL": true}} |
      | {"LoginAlias": {"SS": ["a"]}} |
      | {"LoginAlias": {"NS": ["1"]}} |
      | {"LoginAlias": {"BS": ["aaaa"]}} |
      | {"LoginAlias": {"M": {}}} |
      | {"LoginAlias": {"L": []}} |

  @strict
  Scenario Outline: An item whose key is missing or of another type is refused with DynamoDB's message: <item>
    When I write in one batch:
      """
      {"Employee": [{"PutRequest": {"Item": <item>}}]}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

    Examples:
      | item |
      | {} |
      | {"b": {"S": "a"}} |
      | {"LoginAlias": {"B": "abcd"}} |
      | {"LoginAlias": {"N": "1"}} |
      | {"LoginAlias": {"BOOL": true}} |
      | {"LoginAlias": {"NULL": true}} |
      | {"LoginAlias": {"SS": ["a"]}} |
      | {"LoginAlias": {"NS": ["1"]}} |
      | {"LoginAlias": {"BS": ["aaaa"]}} |
      | {"LoginAlias": {"M": {}}} |
      | {"LoginAlias": {"L": []}} |

  @strict
  Scenario: An item without the table's sort key is refused with DynamoDB's message
    Given a table Thread keyed by ForumName and sorted by Subject
    When I write in one batch:
      """
      {"Thread": [{"PutRequest": {"Item": {"ForumName": {"S": "S3"}}}}]}
      """
    Then the request fails with ValidationException
    And the error message is "The provided key element does not match the schema"

  @strict
  Scenario: An item whose local index sort key has another type is refused, naming the index
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
    When I write in one batch:
      """
      {"Thread": [{"PutRequest": {"Item": {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}, "LastPostDateTime": {"N": "1"}}}}]}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Type mismatch for Index Key LastPostDateTime Expected: S Actual: N IndexName: LastPostIndex"
    And Thread holds no item with key:
      """
      {"ForumName": {"S": "S3"}, "Subject": {"S": "a"}}
      """

  @strict
  Scenario: An empty RequestItems is refused with DynamoDB's message
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {}}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value '{}' at 'requestItems' failed to satisfy constraint: Member must have length greater than or equal to 1"

  @strict
  Scenario: A request without RequestItems lists every problem it has
    When I send BatchWriteItem with the raw body:
      """
      {"ReturnConsumedCapacity": "hi", "ReturnItemCollectionMetrics": "hi"}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]
      Value 'hi' at 'returnItemCollectionMetrics' failed to satisfy constraint: Member must satisfy enum value set: [SIZE, NONE]
      Value null at 'requestItems' failed to satisfy constraint: Member must not be null
      """

  # DynamoDB prints the whole RequestItems map in these messages, in its own rendering: the
  # scenarios match that part as dynalite's tests do ('{.+}'), and the rest exactly.
  @strict
  Scenario Outline: A table given no write requests is refused for the length of its list, in DynamoDB's words: <table>
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {"<table>": []}}
      """
    Then the request fails with ValidationException
    And the error message matches:
      """
      1 validation error detected: Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\]
      """

    Examples:
      | table |
      | ${Employee} |
      | abc |
      | ttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt |

  @strict
  Scenario: 26 requests for one table are refused for the length of its list, in DynamoDB's words
    When I write 26 new items into Employee in one batch
    Then the request fails with ValidationException
    And the error message matches:
      """
      1 validation error detected: Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: \[Member must have length less than or equal to 25, Member must have length greater than or equal to 1\]
      """

  @strict
  Scenario: 25 requests for one table break no rule: only the request's other problem is reported
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {"${Employee}": [{"PutRequest": {"Item": {"LoginAlias": {"S": "u01"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u02"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u03"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u04"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u05"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u06"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u07"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u08"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u09"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u10"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u11"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u12"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u13"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u14"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u15"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u16"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u17"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u18"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u19"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u20"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u21"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u22"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u23"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u24"}}}}, {"PutRequest": {"Item": {"LoginAlias": {"S": "u25"}}}}]}, "ReturnConsumedCapacity": "hi"}
      """
    Then the request fails with ValidationException
    And the error message is "1 validation error detected: Value 'hi' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]"

  @strict
  Scenario Outline: A table name no table can have is refused, in DynamoDB's words: <case>
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {"<table>": [{"PutRequest": {"Item": {"a": {"S": "a"}}}}]}}
      """
    Then the request fails with ValidationException
    And the error message matches:
      """
      1 validation error detected: Value '\{.+\}' at 'requestItems' failed to satisfy constraint: Map keys must satisfy constraint: \[Member must have length less than or equal to 255, Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: \[a-zA-Z0-9_.-\]\+\]
      """

    Examples:
      | case | table |
      | one character | a |
      | a character outside the pattern | aa; |
      | 256 characters | tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt |

  Scenario Outline: A well-formed batch on a table name that breaks its rules is refused for the name: <operation>, <problem>
    # API_BatchWriteItem.html and API_BatchGetItem.html, RequestItems: the map's keys are table
    # names, "Length Constraints: Minimum length of 3. Maximum length of 255", "Pattern: [a-zA-Z0-9_.-]+".
    # The names are judged before any table is looked up.
    When I send <operation> with the raw body:
      """
      {"RequestItems": {"<name>": <requests>}}
      """
    Then the request fails with ValidationException

    Examples:
      | operation      | problem                        | name     | requests |
      | BatchWriteItem | two characters                 | Em       | [{"PutRequest": {"Item": {"LoginAlias": {"S": "janed"}}}}] |
      | BatchWriteItem | 256 characters                 | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | [{"PutRequest": {"Item": {"LoginAlias": {"S": "janed"}}}}] |
      | BatchWriteItem | a character outside the pattern | Employ!e | [{"PutRequest": {"Item": {"LoginAlias": {"S": "janed"}}}}] |
      | BatchGetItem   | two characters                 | Em       | {"Keys": [{"LoginAlias": {"S": "janed"}}]} |
      | BatchGetItem   | 256 characters                 | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | {"Keys": [{"LoginAlias": {"S": "janed"}}]} |
      | BatchGetItem   | a character outside the pattern | Employ!e | {"Keys": [{"LoginAlias": {"S": "janed"}}]} |

  # A write request holds exactly one of PutRequest and DeleteRequest, and each its one required
  # member (API_WriteRequest.html, API_PutRequest.html "Item ... Required: Yes",
  # API_DeleteRequest.html "Key ... Required: Yes").
  @strict
  Scenario: A write request that holds neither PutRequest nor DeleteRequest is refused, in DynamoDB's words
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {"abc": [{}]}}
      """
    Then the request fails with ValidationException
    And the error message is "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes"

  @strict
  Scenario: A PutRequest without its Item and a DeleteRequest without its Key are both listed, by their place in the table's list
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {"abc": [{"PutRequest": {}, "DeleteRequest": {}}]}}
      """
    Then the request fails with ValidationException
    And the error message lists these validation errors, in any order:
      """
      Value null at 'requestItems.abc.member.1.member.deleteRequest.key' failed to satisfy constraint: Member must not be null
      Value null at 'requestItems.abc.member.1.member.putRequest.item' failed to satisfy constraint: Member must not be null
      """

  @strict
  Scenario: A PutRequest without its Item is named by its place in the table's list, and the batch writes nothing
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {"${Employee}": [{"PutRequest": {"Item": {"LoginAlias": {"S": "janed"}}}}, {"PutRequest": {}}]}}
      """
    Then the request fails with ValidationException
    And the error message matches:
      """
      1 validation error detected: Value null at 'requestItems\..+\.member\.2\.member\.putRequest\.item' failed to satisfy constraint: Member must not be null
      """
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "janed"}}
      """

  Scenario Outline: A write request whose one member is not what its kind requires is refused, and the batch writes nothing: <case>
    When I send BatchWriteItem with the raw body:
      """
      {"RequestItems": {"${Employee}": [<request>]}}
      """
    Then the request fails with ValidationException
    And Employee holds no item with key:
      """
      {"LoginAlias": {"S": "janed"}}
      """

    Examples:
      | case                                  | request |
      | a PutRequest given a Key, not an Item | {"PutRequest": {"Key": {"LoginAlias": {"S": "janed"}}}} |
      | a DeleteRequest given an Item         | {"DeleteRequest": {"Item": {"LoginAlias": {"S": "janed"}}}} |
      | a request of another kind             | {"UpdateRequest": {"Key": {"LoginAlias": {"S": "janed"}}}} |
