# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html ("The maximum item size in DynamoDB is 400 KB, which includes both attribute name binary length (UTF-8 length) and attribute value lengths")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html (item size arithmetic: string = UTF-8 bytes of name + UTF-8 bytes of value; "The size of a null attribute or a Boolean attribute is (number of UTF-8-encoded bytes of attribute name) + (1 byte)"; "An attribute of type List or Map requires 3 bytes of overhead, regardless of its contents. The size of a List or Map is (number of UTF-8-encoded bytes of attribute name) + sum (size of nested elements) + (3 bytes). The size of an empty List or Map is (number of UTF-8-encoded bytes of attribute name) + (3 bytes)"; "Each List or Map element also requires 1 byte of overhead"; "The total size of an item is the sum of the lengths of its attribute names and values, plus any applicable overhead")
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html ("Any individual item in a batch exceeds 400 KB" rejects the entire batch)
# Seed: "**Write will fail if item size is greater than 400KB**"
# Seed: "Write operation is **atomic**. This means all attribute writes in the operation will either succeed or fail i.e. no partial writes"
@item_size_limit
Feature: An item may not be larger than 400 KB
  400 KB is 409,600 bytes. Sizes below are computed the way DynamoDB computes them: every
  attribute counts the UTF-8 length of its name plus the length of its value; the step builds
  items of the exact size from a key attribute and one string attribute named Payload.

  Each type is sized at the limit: NULL and BOOL one byte; a list or map 3 bytes, plus 1 byte and
  the size of each element, a map's element counting its name as an attribute does. The page
  gives no size for sets: a set counts at least its members (the total of an item is its names
  and values "plus any applicable overhead"), so a set is only probed one byte past the limit
  counted that way, which DynamoDB refuses whatever a set adds. Strings of the characters at the
  edges of each UTF-8 width count their UTF-8 bytes: U+0080 and U+07FF two, U+0800 and U+FFFD
  three (U+FFFF is a noncharacter, left out), U+10000 four.

  Background:
    Given a table Blobs keyed by Id

  Scenario: An item of exactly 400 KB is written
    When I put an item of 409600 bytes into Blobs
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: An item one byte over 400 KB is rejected and nothing is written
    When I put an item of 409601 bytes into Blobs
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A rejected oversized put leaves the item it would have replaced untouched
    Given the item in Blobs:
      """
      {"Id": {"S": "k"}, "Payload": {"S": "original"}}
      """
    When I put an item of 500000 bytes into Blobs
    Then the request fails with ValidationException
    And Blobs holds the item:
      """
      {"Id": {"S": "k"}, "Payload": {"S": "original"}}
      """

  @update_item
  Scenario: An update that would grow an item past 400 KB is rejected and the item is unchanged
    Given an item of 409000 bytes in Blobs
    When I add an attribute Extra of 1000 bytes to the item in Blobs with key:
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds the item as written

  @batch_write_item
  Scenario: One oversized item rejects the whole batch
    When I write in one batch into Blobs an item of 409601 bytes and the items:
      """
      [{"Id": {"S": "small-1"}}, {"Id": {"S": "small-2"}}]
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """
    And Blobs holds no item with key:
      """
      {"Id": {"S": "small-1"}}
      """

  Scenario: A NULL attribute counts its name and one byte toward exactly 400 KB
    When I put into Blobs the item below, padded to 409600 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Rien": {"NULL": true}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: A NULL attribute counts its name and one byte, one byte over 400 KB
    When I put into Blobs the item below, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Rien": {"NULL": true}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: BOOL attributes count their names and one byte toward exactly 400 KB
    When I put into Blobs the item below, padded to 409600 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Vrai": {"BOOL": true}, "Faux": {"BOOL": false}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: BOOL attributes count their names and one byte, one byte over 400 KB
    When I put into Blobs the item below, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Vrai": {"BOOL": true}, "Faux": {"BOOL": false}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: An empty map and an empty list count their names and 3 bytes toward exactly 400 KB
    When I put into Blobs the item below, padded to 409600 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Carte": {"M": {}}, "Liste": {"L": []}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: An empty map and an empty list count their names and 3 bytes, one byte over 400 KB
    When I put into Blobs the item below, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Carte": {"M": {}}, "Liste": {"L": []}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A list counts 3 bytes, and 1 byte and the size of each element, toward exactly 400 KB
    When I put into Blobs the item below, padded to 409600 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Liste": {"L": [{"S": "€uro"}, {"NULL": true}, {"BOOL": false}, {"N": "1234"}, {"L": [{"S": "é"}]}]}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: A list counts 3 bytes, and 1 byte and the size of each element, one byte over 400 KB
    When I put into Blobs the item below, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Liste": {"L": [{"S": "€uro"}, {"NULL": true}, {"BOOL": false}, {"N": "1234"}, {"L": [{"S": "é"}]}]}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A map counts 3 bytes, and 1 byte, the name and the size of each element, toward exactly 400 KB
    When I put into Blobs the item below, padded to 409600 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Carte": {"M": {"clé-€": {"S": "valeur-😀"}, "vide": {"NULL": true}, "oui": {"BOOL": true}, "sous-carte": {"M": {"n": {"N": "99"}}}}}}
      """
    Then the request succeeds
    And Blobs holds the item as written

  Scenario: A map counts 3 bytes, and 1 byte, the name and the size of each element, one byte over 400 KB
    When I put into Blobs the item below, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Carte": {"M": {"clé-€": {"S": "valeur-😀"}, "vide": {"NULL": true}, "oui": {"BOOL": true}, "sous-carte": {"M": {"n": {"N": "99"}}}}}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A string set of multi-byte strings counted by its members alone one byte over 400 KB is rejected
    When I put into Blobs the item below, counting its sets by their members alone, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Mots": {"SS": ["é", "€uro", "😀-émoji"]}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A number set counted by its members alone one byte over 400 KB is rejected
    When I put into Blobs the item below, counting its sets by their members alone, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Nombres": {"NS": ["12", "3456", "78901234567890123456789012345678901234"]}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A binary set counted by its raw bytes alone one byte over 400 KB is rejected
    When I put into Blobs the item below, counting its sets by their members alone, padded to 409601 bytes with "x" in attribute "Rest":
      """
      {"Id": {"S": "k"}, "Octets": {"BS": ["AQID", "BAUGBwgJ"]}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario Outline: Strings of the first and last characters of each UTF-8 width count their bytes toward exactly 400 KB (<character>)
    When I put into Blobs the item below, padded to 409600 bytes with "<character>" in attribute "Rest":
      """
      {"Id": {"S": "k"}}
      """
    Then the request succeeds
    And Blobs holds the item as written

    Examples:
      | character |
      | U+0080    |
      | U+07FF    |
      | U+0800    |
      | U+FFFD    |
      | U+10000   |

  Scenario: A string of U+0080, the first two-byte character, one byte over 400 KB is rejected
    When I put into Blobs the item below, padded to 409601 bytes with "U+0080" in attribute "Rest":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A string of U+07FF, the last two-byte character, one byte over 400 KB is rejected
    When I put into Blobs the item below, padded to 409601 bytes with "U+07FF" in attribute "Rest":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A string of U+0800, the first three-byte character, one byte over 400 KB is rejected
    When I put into Blobs the item below, padded to 409601 bytes with "U+0800" in attribute "Rest":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A string of U+FFFD, a three-byte character at the top of the range, one byte over 400 KB is rejected
    When I put into Blobs the item below, padded to 409601 bytes with "U+FFFD" in attribute "Rest":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """

  Scenario: A string of U+10000, the first four-byte character, one byte over 400 KB is rejected
    When I put into Blobs the item below, padded to 409601 bytes with "U+10000" in attribute "Rest":
      """
      {"Id": {"S": "k"}}
      """
    Then the request fails with ValidationException
    And Blobs holds no item with key:
      """
      {"Id": {"S": "k"}}
      """
