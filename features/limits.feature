# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html ("The maximum item size in DynamoDB is 400 KB, which includes both attribute name binary length (UTF-8 length) and attribute value lengths"; partition key values 1 to 2048 bytes, sort key values 1 to 1024 bytes; table names 3 to 255 characters of A-Z a-z 0-9 _ - .; "DynamoDB supports nested attributes up to 32 levels deep"; "The maximum length of any expression string is 4 KB"; "The maximum length of any single expression attribute name or expression attribute value is 255 bytes. For example, #name is 5 bytes")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html (a string counts the UTF-8 bytes of its name and value; a number 1 byte per two significant digits plus 1 byte; a binary value its raw bytes, not its base64 text)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html (attribute names "at least one character long and less than 64 KB in size"; a key attribute's String or Binary value cannot be empty; Binary length is that of the decoded bytes)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_AttributeValue.html (M: "Type: String to AttributeValue object map", "Key Length Constraints: Maximum length of 65535")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_KeySchemaElement.html (AttributeName: length 1 to 255)
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html (TableName: length 3 to 255, pattern [a-zA-Z0-9_.-]+)
# Record: ExtendDB's test suite, messages captured from DynamoDB (tests/test_expression_size_limit.py: a condition or filter over 4,096 bytes is refused with "expression size: <N>" after the rule, an update or projection without it; tests/test_expression_attribute_map_validation.py: a placeholder key over 255 bytes, the message for names and for values, and length judged before form)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html ("The maximum number of operators or functions allowed in an UpdateExpression is 300. For example, the UpdateExpression SET a = :val1 + :val2 + :val3 contains two \"+\" operators")
# Seed: "**Write will fail if item size is greater than 400KB**"
# Seed: "Requires the key-attributes (PK for simple key table or PK+SK for composite key table)"
@limits
Feature: Sizes and lengths hold exactly at DynamoDB's limits, counted in UTF-8 bytes
  Every limit is probed at its last accepted value and one past it. Sizes and lengths of names
  and values are bytes of UTF-8: texts are built of two-, three- and four-byte characters
  (é, €, 😀), so that counting characters, or UTF-16 units, instead of bytes gives the wrong
  answer. A template such as "xé…" is written out by repeating the character before "…" until
  the whole is exactly the number of bytes the step names; "padded to N bytes" adds one attribute
  whose value brings the item to exactly N bytes by CapacityUnitCalculations' arithmetic.

  Where the pages leave a point open, a record of DynamoDB's own answers settles it, or the
  point is left out. Item size is checked before the table is looked up, and the key after it:
  DynamoDB refuses an oversized item for a table that does not exist with ValidationException
  and an item just small enough with ResourceNotFoundException, as dynalite's test suite records;
  the messages for item and key sizes are recorded there too. DescribeTable, which also takes a
  table's ARN, is only probed for the type of its answer to a name too long to be a table's.
  "32 levels" counts the item itself: an attribute's value may nest 31 maps or lists (DynamoDB
  accepts a map 31 deep and refuses one 32 deep, as Scylla's and Dynoxide's records of DynamoDB
  show). A name of 65,536 bytes is over the limit whatever its characters ("less than 64 KB").
  Table names shorter than 3 characters are not probed: the kit adds a scenario number to every
  name, so a name that short cannot be sent.

  Scenario Outline: An item of exactly 400 KB is written, whatever the width of its characters
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409600 bytes with "<character>" in attribute "<attribute>":
      """
      {"Id": {"S": "k"}, "Étiquette": {"S": "<character><character><character>"}}
      """
    Then the request succeeds
    And Blobs holds the item as written

    Examples:
      | character | attribute |
      | é         | Texte-é   |
      | €         | Prix-€    |
      | 😀        | Émoji-😀  |

  Scenario: An item one byte over 400 KB in two-byte characters is rejected and nothing is written
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409601 bytes with "é" in attribute "Texte-é":
      """
      {"Id": {"S": "k"}, "Étiquette": {"S": "ééé"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: An item one byte over 400 KB in three-byte characters is rejected and nothing is written
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409601 bytes with "€" in attribute "Prix-€":
      """
      {"Id": {"S": "k"}, "Étiquette": {"S": "€€€"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: An item one byte over 400 KB in four-byte characters is rejected and nothing is written
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409601 bytes with "😀" in attribute "Émoji-😀":
      """
      {"Id": {"S": "k"}, "Étiquette": {"S": "😀😀😀"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A binary value counts its raw bytes, not its base64 text, up to exactly 400 KB
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409600 bytes with binary in attribute "Données":
      """
      {"Id": {"S": "k"}, "Nom-é": {"S": "é"}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: An item whose binary value takes it one byte over 400 KB is rejected
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409601 bytes with binary in attribute "Données":
      """
      {"Id": {"S": "k"}, "Nom-é": {"S": "é"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A 38-digit number counts 20 bytes toward exactly 400 KB
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409600 bytes with "€" in attribute "Reste":
      """
      {"Id": {"S": "k"}, "Nombre": {"N": "12345678901234567890123456789012345678"}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: A 38-digit number in an item one byte over 400 KB does not save it
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409601 bytes with "€" in attribute "Reste":
      """
      {"Id": {"S": "k"}, "Nombre": {"N": "12345678901234567890123456789012345678"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: Attribute names in four-byte characters count their UTF-8 bytes toward exactly 400 KB
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409600 bytes with attributes named in "😀":
      """
      {"Id": {"S": "k"}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: Attribute names that take an item one byte over 400 KB are rejected
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409601 bytes with attributes named in "😀":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  @update_item
  Scenario: An update may grow an item to exactly 400 KB of multi-byte characters
    Given a table Blobs keyed by Id
    And the item in Blobs, padded to 400000 bytes with "€" in attribute "Texte":
      """
      {"Id": {"S": "k"}}
      """
    When I grow the item in Blobs to 409600 bytes with attribute "Ajouté-😀" made of "😀"
    Then the request succeeds
    And Blobs holds the item as grown

  @update_item
  Scenario: An update that would grow an item one byte past 400 KB of multi-byte characters changes nothing
    Given a table Blobs keyed by Id
    And the item in Blobs, padded to 400000 bytes with "€" in attribute "Texte":
      """
      {"Id": {"S": "k"}}
      """
    When I grow the item in Blobs to 409601 bytes with attribute "Ajouté-😀" made of "😀"
    Then the request fails with ValidationException
    And Blobs holds the item as written

  Scenario: An item one byte over 400 KB is refused for its size before its table is looked up
    When I put into Nowhere the item below, padded to 409601 bytes with "x" in attribute "Texte":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException

  Scenario: An item of exactly 400 KB for a table that does not exist is refused for the table
    When I put into Nowhere the item below, padded to 409600 bytes with "x" in attribute "Texte":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ResourceNotFoundException

  @strict
  Scenario: An oversized item without its key is refused for its size, in DynamoDB's words
    Given a table Blobs keyed by Id
    When I put into Blobs the item below, padded to 409601 bytes with "x" in attribute "Texte":
      """
      {"Other": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And the error message is "Item size has exceeded the maximum allowed size"

  @key_attributes
  Scenario Outline: A partition key value of exactly 2048 bytes is accepted, whatever the width of its characters
    Given a table Employee keyed by LoginAlias
    When I call PutItem on Employee with "<key>" written out to 2048 bytes:
      """
      {"Item": {"LoginAlias": {"S": "<key>"}}}
      """
    Then the request succeeds
    And Employee holds the item as written

    Examples:
      | key  |
      | é…   |
      | xx€… |
      | 😀…  |

  @key_attributes
  Scenario: A partition key value of 2049 bytes in four-byte characters is rejected
    Given a table Employee keyed by LoginAlias
    When I call PutItem on Employee with "x😀…" written out to 2049 bytes:
      """
      {"Item": {"LoginAlias": {"S": "x😀…"}}}
      """
    Then the request fails with ValidationException

  @key_attributes
  Scenario Outline: A sort key value of exactly 1024 bytes is accepted, whatever the width of its characters
    Given a table Music keyed by Artist and sorted by SongTitle
    When I call PutItem on Music with "<key>" written out to 1024 bytes:
      """
      {"Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "<key>"}}}
      """
    Then the request succeeds
    And Music holds the item as written

    Examples:
      | key |
      | x€… |
      | 😀… |

  @key_attributes
  Scenario: A sort key value of 1025 bytes in three-byte characters is rejected
    Given a table Music keyed by Artist and sorted by SongTitle
    When I call PutItem on Music with "xx€…" written out to 1025 bytes:
      """
      {"Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "xx€…"}}}
      """
    Then the request fails with ValidationException

  @key_attributes
  Scenario: A binary partition key value of exactly 2048 raw bytes is accepted
    Given a table Files with key schema:
      | attribute | type | key  |
      | Digest    | B    | HASH |
    When I call PutItem on Files with "BYTES" standing for 2048 bytes of binary:
      """
      {"Item": {"Digest": {"B": "BYTES"}}}
      """
    Then the request succeeds
    And Files holds the item as written

  @key_attributes
  Scenario: A binary partition key value of 2049 raw bytes is rejected
    Given a table Files with key schema:
      | attribute | type | key  |
      | Digest    | B    | HASH |
    When I call PutItem on Files with "BYTES" standing for 2049 bytes of binary:
      """
      {"Item": {"Digest": {"B": "BYTES"}}}
      """
    Then the request fails with ValidationException

  @key_attributes
  Scenario: An empty binary partition key value is rejected
    Given a table Files with key schema:
      | attribute | type | key  |
      | Digest    | B    | HASH |
    When I put an item into Files:
      """
      {"Digest": {"B": ""}}
      """
    Then the request fails with ValidationException

  @key_attributes
  Scenario: GetItem refuses a partition key value of 2049 bytes in four-byte characters
    Given a table Employee keyed by LoginAlias
    When I call GetItem on Employee with "x😀…" written out to 2049 bytes:
      """
      {"Key": {"LoginAlias": {"S": "x😀…"}}}
      """
    Then the request fails with ValidationException

  @key_attributes @strict
  Scenario: A partition key value one byte too long is refused in DynamoDB's words
    Given a table Employee keyed by LoginAlias
    When I call PutItem on Employee with "k…" written out to 2049 bytes:
      """
      {"Item": {"LoginAlias": {"S": "k…"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes"

  @key_attributes @strict
  Scenario: A sort key value one byte too long is refused in DynamoDB's words
    Given a table Music keyed by Artist and sorted by SongTitle
    When I call PutItem on Music with "k…" written out to 1025 bytes:
      """
      {"Item": {"Artist": {"S": "No One You Know"}, "SongTitle": {"S": "k…"}}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Aggregated size of all range keys has exceeded the size limit of 1024 bytes"

  Scenario Outline: An attribute name of exactly 65,535 bytes is accepted, whatever the width of its characters
    Given a table Blobs keyed by Id
    When I call PutItem on Blobs with "<name>" written out to 65535 bytes:
      """
      {"Item": {"Id": {"S": "k"}, "<name>": {"S": "v"}}}
      """
    Then the request succeeds
    And Blobs holds the item as written

    Examples:
      | name   |
      | n…     |
      | xé…    |
      | abc😀… |

  Scenario: An attribute name of 65,536 ASCII characters is rejected
    Given a table Blobs keyed by Id
    When I call PutItem on Blobs with "n…" written out to 65536 bytes:
      """
      {"Item": {"Id": {"S": "k"}, "n…": {"S": "v"}}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: An attribute name of 65,536 bytes in four-byte characters is rejected
    Given a table Blobs keyed by Id
    When I call PutItem on Blobs with "😀…" written out to 65536 bytes:
      """
      {"Item": {"Id": {"S": "k"}, "😀…": {"S": "v"}}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario Outline: A key of a map value of exactly 65,535 bytes is accepted, whatever the width of its characters
    Given a table Blobs keyed by Id
    When I call PutItem on Blobs with "<name>" written out to 65535 bytes:
      """
      {"Item": {"Id": {"S": "k"}, "Carte": {"M": {"<name>": {"S": "v"}}}}}
      """
    Then the request succeeds
    And Blobs holds the item as written

    Examples:
      | name   |
      | n…     |
      | abc😀… |

  Scenario: A key of a map value of 65,536 bytes is rejected, however deep the map: in the attribute's map
    Given a table Blobs keyed by Id
    When I call PutItem on Blobs with "n…" written out to 65536 bytes:
      """
      {"Item": {"Id": {"S": "k"}, "Carte": {"M": {"n…": {"S": "v"}}}}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A key of a map value of 65,536 bytes is rejected, however deep the map: in a map inside a list
    Given a table Blobs keyed by Id
    When I call PutItem on Blobs with "é…" written out to 65536 bytes:
      """
      {"Item": {"Id": {"S": "k"}, "Carte": {"L": [{"M": {"é…": {"S": "v"}}}]}}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  @update_item
  Scenario: An update cannot bring in an attribute name of 65,536 bytes
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call UpdateItem on Blobs with "é…" written out to 65536 bytes:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET #n = :v", "ExpressionAttributeNames": {"#n": "é…"}, "ExpressionAttributeValues": {":v": {"S": "v"}}}
      """
    Then the request fails with ValidationException
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}}
      """

  # Each of these members is declared with "Maximum length of 65535" (API_PutItem.html,
  # API_GetItem.html, API_UpdateItem.html, API_Scan.html, API_BatchWriteItem.html, API_KeysAndAttributes.html):
  # a request that breaks a member's constraint is refused for its shape before any table is
  # looked up, as dynalite's tests record by sending every such request to a table that does not exist.
  Scenario Outline: A name of 65,536 bytes in <member> of <operation> is refused before its table is looked up
    When I call <operation> on Nowhere with "n…" written out to 65536 bytes:
      """
      <request>
      """
    Then the request fails with ValidationException

    Examples:
      | operation  | member                   | request                                                                                                              |
      | PutItem    | Item                     | {"Item": {"Id": {"S": "k"}, "n…": {"S": "v"}}}                                                                      |
      | PutItem    | Expected                 | {"Item": {"Id": {"S": "k"}}, "Expected": {"n…": {"Exists": false}}}                                                 |
      | PutItem    | ExpressionAttributeNames | {"Item": {"Id": {"S": "k"}}, "ConditionExpression": "attribute_not_exists(#n)", "ExpressionAttributeNames": {"#n": "n…"}} |
      | GetItem    | Key                      | {"Key": {"n…": {"S": "k"}}}                                                                                         |
      | GetItem    | AttributesToGet          | {"Key": {"Id": {"S": "k"}}, "AttributesToGet": ["n…"]}                                                              |
      | GetItem    | ExpressionAttributeNames | {"Key": {"Id": {"S": "k"}}, "ProjectionExpression": "#n", "ExpressionAttributeNames": {"#n": "n…"}}                 |
      | UpdateItem | AttributeUpdates         | {"Key": {"Id": {"S": "k"}}, "AttributeUpdates": {"n…": {"Action": "PUT", "Value": {"S": "v"}}}}                     |
      | Scan       | ExclusiveStartKey        | {"ExclusiveStartKey": {"n…": {"S": "k"}}}                                                                           |
      | Scan       | ScanFilter               | {"ScanFilter": {"n…": {"ComparisonOperator": "NULL"}}}                                                              |
      | Scan       | ExpressionAttributeNames | {"FilterExpression": "attribute_exists(#n)", "ExpressionAttributeNames": {"#n": "n…"}}                              |

  Scenario Outline: A name of 65,536 bytes in <member> of <operation> is refused before its tables are looked up
    When I call <operation> with "n…" written out to 65536 bytes:
      """
      <request>
      """
    Then the request fails with ValidationException

    Examples:
      | operation      | member                   | request                                                                                              |
      | BatchWriteItem | a PutRequest's Item      | {"RequestItems": {"Nowhere": [{"PutRequest": {"Item": {"Id": {"S": "k"}, "n…": {"S": "v"}}}}]}}     |
      | BatchWriteItem | a DeleteRequest's Key    | {"RequestItems": {"Nowhere": [{"DeleteRequest": {"Key": {"n…": {"S": "k"}}}}]}}                     |
      | BatchGetItem   | Keys                     | {"RequestItems": {"Nowhere": {"Keys": [{"n…": {"S": "k"}}]}}}                                       |
      | BatchGetItem   | ExpressionAttributeNames | {"RequestItems": {"Nowhere": {"Keys": [{"Id": {"S": "k"}}], "ProjectionExpression": "#n", "ExpressionAttributeNames": {"#n": "n…"}}}} |

  Scenario: CreateTable accepts a key attribute name of 255 characters
    When I create a table Wide keyed by an attribute named with 255 characters
    Then the request succeeds

  Scenario: CreateTable rejects a key attribute name of 256 characters
    When I create a table Wide keyed by an attribute named with 256 characters
    Then the request fails with ValidationException

  Scenario: CreateTable accepts a table name of 255 characters
    When I create a table whose name is 255 characters long, keyed by Id
    Then the request succeeds

  Scenario: CreateTable rejects a table name of 256 characters
    When I create a table whose name is 256 characters long, keyed by Id
    Then the request fails with ValidationException

  Scenario: DescribeTable of an unknown name of 255 characters finds no table
    When I describe a table whose name is 255 characters long
    Then the request fails with ResourceNotFoundException

  Scenario: DescribeTable refuses a name of 256 characters before looking for the table
    When I describe a table whose name is 256 characters long
    Then the request fails with ValidationException

  Scenario: CreateTable rejects a table name with a character outside [a-zA-Z0-9_.-]
    When I create a table named Blobs!, keyed by Id
    Then the request fails with ValidationException

  Scenario Outline: A <member> of exactly 4 KB is accepted
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call <operation> on Blobs with "<expression>" written out to 4096 bytes:
      """
      <request>
      """
    Then the request succeeds

    Examples:
      | member              | operation  | expression               | request                                                                                                         |
      | ConditionExpression | PutItem    | attribute_not_exists(a…) | {"Item": {"Id": {"S": "k"}}, "ConditionExpression": "attribute_not_exists(a…)"}                                 |
      | UpdateExpression    | UpdateItem | SET a… = :v              | {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET a… = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}} |
      | ProjectionExpression | GetItem   | Id, a…                   | {"Key": {"Id": {"S": "k"}}, "ProjectionExpression": "Id, a…"}                                                   |
      | FilterExpression    | Scan       | attribute_not_exists(a…) | {"FilterExpression": "attribute_not_exists(a…)"}                                                                |

  @conditions
  Scenario: A ConditionExpression of 4097 bytes is rejected and nothing is written
    Given a table Blobs keyed by Id
    When I call PutItem on Blobs with "attribute_not_exists(a…)" written out to 4097 bytes:
      """
      {"Item": {"Id": {"S": "k"}}, "ConditionExpression": "attribute_not_exists(a…)"}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  @update_item
  Scenario: An UpdateExpression of 4097 bytes is rejected and the item is unchanged
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call UpdateItem on Blobs with "SET a… = :v" written out to 4097 bytes:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET a… = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}}
      """
    Then the request fails with ValidationException
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}}
      """

  @update_item
  Scenario: An UpdateExpression of 300 operators and functions is accepted
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call UpdateItem on Blobs with ACTIONS standing for 298 copies of "a#=:v+:v", numbered:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET ACTIONS, f = if_not_exists(f, :v), g = list_append(:l, :l)",
       "ExpressionAttributeValues": {":v": {"N": "1"}, ":l": {"L": [{"S": "x"}]}}}
      """
    Then the request succeeds

  @update_item
  Scenario: An UpdateExpression of 301 "+" operators is rejected and the item is unchanged
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call UpdateItem on Blobs with ACTIONS standing for 301 copies of "a#=:v+:v", numbered:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET ACTIONS", "ExpressionAttributeValues": {":v": {"N": "1"}}}
      """
    Then the request fails with ValidationException
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}}
      """

  @update_item
  Scenario: An UpdateExpression of 299 "+" operators and two functions is rejected and the item is unchanged
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call UpdateItem on Blobs with ACTIONS standing for 299 copies of "a#=:v+:v", numbered:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET ACTIONS, f = if_not_exists(f, :l), g = list_append(:l, :l)",
       "ExpressionAttributeValues": {":v": {"N": "1"}, ":l": {"L": [{"S": "x"}]}}}
      """
    Then the request fails with ValidationException
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A ProjectionExpression of 4097 bytes is rejected
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call GetItem on Blobs with "Id, a…" written out to 4097 bytes:
      """
      {"Key": {"Id": {"S": "k"}}, "ProjectionExpression": "Id, a…"}
      """
    Then the request fails with ValidationException

  Scenario: A FilterExpression of 4097 bytes is rejected
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}}
      """
    When I call Scan on Blobs with "attribute_not_exists(a…)" written out to 4097 bytes:
      """
      {"FilterExpression": "attribute_not_exists(a…)"}
      """
    Then the request fails with ValidationException

  @strict
  Scenario Outline: A <member> of 4097 bytes is refused in DynamoDB's words
    Given a table Blobs keyed by Id
    When I call <operation> on Blobs with "<expression>" written out to 4097 bytes:
      """
      <request>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples: a condition or a filter gives the size, an update or a projection does not
      | member               | operation  | expression               | request                                                                                                         | message                                                                                                   |
      | ConditionExpression  | PutItem    | attribute_not_exists(a…) | {"Item": {"Id": {"S": "k"}}, "ConditionExpression": "attribute_not_exists(a…)"}                                 | Invalid ConditionExpression: Expression size has exceeded the maximum allowed size; expression size: 4097 |
      | FilterExpression     | Scan       | attribute_not_exists(a…) | {"FilterExpression": "attribute_not_exists(a…)"}                                                                | Invalid FilterExpression: Expression size has exceeded the maximum allowed size; expression size: 4097    |
      | UpdateExpression     | UpdateItem | SET a… = :v              | {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET a… = :v", "ExpressionAttributeValues": {":v": {"S": "x"}}} | Invalid UpdateExpression: Expression size has exceeded the maximum allowed size;                          |
      | ProjectionExpression | GetItem    | Id, a…                   | {"Key": {"Id": {"S": "k"}}, "ProjectionExpression": "Id, a…"}                                                   | Invalid ProjectionExpression: Expression size has exceeded the maximum allowed size;                      |

  @update_item
  Scenario: An expression attribute name of exactly 255 bytes is accepted
    Given a table Blobs keyed by Id
    When I call UpdateItem on Blobs with "#n…" written out to 255 bytes:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET #n… = :v", "ExpressionAttributeNames": {"#n…": "Colour"}, "ExpressionAttributeValues": {":v": {"S": "red"}}}
      """
    Then the request succeeds
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}, "Colour": {"S": "red"}}
      """

  @update_item
  Scenario: An expression attribute name of 256 bytes is rejected
    Given a table Blobs keyed by Id
    When I call UpdateItem on Blobs with "#n…" written out to 256 bytes:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET #n… = :v", "ExpressionAttributeNames": {"#n…": "Colour"}, "ExpressionAttributeValues": {":v": {"S": "red"}}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  @update_item
  Scenario: An expression attribute value of exactly 255 bytes is accepted
    Given a table Blobs keyed by Id
    When I call UpdateItem on Blobs with ":v…" written out to 255 bytes:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET Colour = :v…", "ExpressionAttributeValues": {":v…": {"S": "red"}}}
      """
    Then the request succeeds
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}, "Colour": {"S": "red"}}
      """

  @update_item
  Scenario: An expression attribute value of 256 bytes is rejected
    Given a table Blobs keyed by Id
    When I call UpdateItem on Blobs with ":v…" written out to 256 bytes:
      """
      {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET Colour = :v…", "ExpressionAttributeValues": {":v…": {"S": "red"}}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A Scan takes an expression attribute value of exactly 255 bytes
    Given a table Blobs keyed by Id
    And the item in Blobs:
      """
      {"Id": {"S": "k"}, "Colour": {"S": "red"}}
      """
    When I call Scan on Blobs with ":v…" written out to 255 bytes:
      """
      {"FilterExpression": "Colour = :v…", "ExpressionAttributeValues": {":v…": {"S": "red"}}}
      """
    Then the request succeeds
    And the response includes:
      """
      {"Count": 1}
      """

  @strict
  Scenario Outline: An expression attribute <member> key of 256 bytes is refused in DynamoDB's words: <case>
    Given a table Blobs keyed by Id
    When I call <operation> on Blobs with "<key>" written out to 256 bytes:
      """
      <request>
      """
    Then the request fails with ValidationException
    And the error message is "<message>"

    Examples: a name's message gives the key's size, a value's does not
      | member | case                                 | operation  | key  | request                                                                                                                                           | message                                                                                                             |
      | name   | GetItem                              | GetItem    | #n…  | {"Key": {"Id": {"S": "k"}}, "ProjectionExpression": "#n…", "ExpressionAttributeNames": {"#n…": "Colour"}}                                         | ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 256 |
      | name   | UpdateItem                           | UpdateItem | #n…  | {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET #n… = :v", "ExpressionAttributeNames": {"#n…": "Colour"}, "ExpressionAttributeValues": {":v": {"S": "red"}}} | ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 256 |
      | name   | GetItem, the key also malformed      | GetItem    | #n-… | {"Key": {"Id": {"S": "k"}}, "ProjectionExpression": "Colour", "ExpressionAttributeNames": {"#n-…": "Colour"}}                                     | ExpressionAttributeNames contains invalid key: The expression attribute map contains a key that is too long; size of key: 256 |
      | value  | Scan                                 | Scan       | :v…  | {"FilterExpression": "Colour = :v…", "ExpressionAttributeValues": {":v…": {"S": "red"}}}                                                          | ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long;       |
      | value  | UpdateItem                           | UpdateItem | :v…  | {"Key": {"Id": {"S": "k"}}, "UpdateExpression": "SET Colour = :v…", "ExpressionAttributeValues": {":v…": {"S": "red"}}}                           | ExpressionAttributeValues contains invalid key: The expression attribute map contains a key that is too long;       |

  Scenario: A string inside 31 nested maps is stored: with the item, 32 levels
    Given a table Blobs keyed by Id
    When I put an item into Blobs with a string inside 31 nested maps
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: A string inside 32 nested maps is rejected
    Given a table Blobs keyed by Id
    When I put an item into Blobs with a string inside 32 nested maps
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A string inside 32 nested lists is rejected
    Given a table Blobs keyed by Id
    When I put an item into Blobs with a string inside 32 nested lists
    Then the request fails with ValidationException
