# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html (the syntax of conditions and filters: comparators, BETWEEN, IN, the functions and how many operands each takes; size "returns a number"; attribute_type's type names)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html (the update grammar: each of SET, REMOVE, ADD, DELETE once; ADD and DELETE take a value; if_not_exists and list_append)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html and Expressions.ExpressionAttributeValues.html (placeholders must be defined, and every one defined must be used)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ReservedWords.html
# Source: docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html, API_UpdateItem.html and API_PutItem.html (ValidationException)
# Seed: "Condition expression can be used with `PutItem`, `DeleteItem` and `UpdateItem`"
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/ServiceQuotas.html ("Expression parameters": "The maximum number of operators or functions allowed in any expression is 300")
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html ("Document paths": a path reaches at most 32 levels deep; a path of 40 elements is past it however the levels are counted)
# Source: docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html (a name placeholder is # followed by one or more alphanumeric characters and underscores)
# Record: Scylla's Alternator test suite, test/alternator/test_limits.py, which notes DynamoDB's answers (299 comparators and ORs accepted, parentheses not counted; 909 refused with "Invalid ConditionExpression: The expression contains too many operators; operator count: 301")
# Record: ExtendDB's test suite, messages captured from DynamoDB (tests/test_expression_attribute_map_validation.py: "#a-b" and ":a-b" keys, the empty name; tests/test_expr_operand_type_and_size.py: ordering comparators and BETWEEN refuse BOOL, NULL, set, list and map values)
# Record: dynalite's test suite, which records live DynamoDB's answers (scan and updateItem validations: every exact message below, and which of two problems in one expression is reported); LowVoltage's exploration tests (a condition cut short: token "<EOF>")
@expression_errors
Feature: Expression errors: how DynamoDB refuses an expression it cannot read
  Every refusal is a ValidationException, raised before any item is read or written. In the
  strict scenarios the message is DynamoDB's own: "Invalid FilterExpression: " (or Condition, Update),
  the rule broken, then the token, function, operand or path that broke it.

  Background:
    Given a table Employee keyed by LoginAlias
    And the item in Employee:
      """
      {"LoginAlias": {"S": "irenes"}, "a": {"N": "1"}}
      """

  Scenario Outline: The filter <expression> does not parse
    When I scan Employee with:
      """
      {"FilterExpression": "<expression>"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid FilterExpression: Syntax error; "

    Examples:
      | expression                           |
      | things are not gonna be ok           |
      | a > 4                                |
      | attribute_exists(Pictures-RearView)  |
      | attribute_exists(Pictures..RearView) |
      | attribute_exists(Pi#ctures.RearView) |
      | attribute_exists(asdf[a])            |
      | a.:a < b.:b                          |
      | a in b, c                            |
      | a > between                          |
      | a in b                               |
      | a in (b,c,)                          |
      | (a)between(b.(c.d))and(c)            |
      | (a)between(b.c.d)and((c)             |
      | #$.b > a                             |
      | a > :things.stuff                    |
      | b[:a] > a                            |
      | b[#_] > a                            |
      | ü > a                                |
      | (a)between(b.c[4.5].#d)and(:a)       |
      | size(a).b > a                        |
      | (size(a)).b > a                      |
      | size(a)[0] > a                       |
      | (size(a))[0] > a                     |
      | a <                                  |

  Scenario Outline: The filter <expression>, ending in a lone sigil, is refused
    When I scan Employee with:
      """
      {"FilterExpression": "<expression>"}
      """
    Then the request fails with ValidationException

    Examples:
      | expression |
      | a = :      |
      | a = #      |

  @strict
  Scenario: A condition that is one bare name is cut short at the end of the text
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "foo"}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"foo\""

  @strict
  Scenario: A function call left open is cut short at the end of the text
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "attribute_not_exists("}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ConditionExpression: Syntax error; token: \"<EOF>\", near: \"(\""

  @strict
  Scenario: A condition with a doubled comparator quotes the tokens around it
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "a = = b"}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ConditionExpression: Syntax error; token: \"=\", near: \"= = b\""

  Scenario Outline: The filter <expression> has redundant parentheses
    When I scan Employee with:
      """
      {"FilterExpression": "<expression>"}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid FilterExpression: The expression has redundant parentheses;"

    @strict
    Examples:
      | expression                          |
      | a=a and a > ((views))               |
      | a > whatever((:things), ((a)))      |
      | a=a AND ((a=a AND a=a)) AND a=a     |
      | a=a OR ((a=a OR a=a)) OR a=a        |
      | a=a AND ((a=a AND (a=a AND a=a)))   |
      | a=a OR ((a=a OR (a=a OR a=a)))      |

  Scenario Outline: The filter <expression> is refused, naming <what>
    When I scan Employee with:
      """
      {"FilterExpression": "<expression>"}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid FilterExpression: <message>"

    @strict
    Examples: function names are written in lower case, and only DynamoDB's functions exist
      | expression                         | what             | message                                           |
      | a=a and whatever((:things)) > a    | whatever         | Invalid function name; function: whatever         |
      | attRIbute_exIsts((views), #a)      | attRIbute_exIsts | Invalid function name; function: attRIbute_exIsts |

    @strict
    Examples: a function that returns true or false is no operand, and size is no condition
      | expression                                         | what                 | message                                                                                         |
      | a=a and attribute_exists((views), (#a)) > b        | attribute_exists     | The function is not allowed to be used this way in an expression; function: attribute_exists     |
      | attribute_not_exists(things) > b                   | attribute_not_exists | The function is not allowed to be used this way in an expression; function: attribute_not_exists |
      | attribute_type(things, :a) > b                     | attribute_type       | The function is not allowed to be used this way in an expression; function: attribute_type       |
      | begins_with(things, a) > b                         | begins_with          | The function is not allowed to be used this way in an expression; function: begins_with          |
      | contains(:things, c) > b                           | contains             | The function is not allowed to be used this way in an expression; function: contains             |
      | size(contains(a, b)) > a                           | contains             | The function is not allowed to be used this way in an expression; function: contains             |
      | size(things)                                       | size                 | The function is not allowed to be used this way in an expression; function: size                 |
      | a between b and attribute_exists(things)           | attribute_exists     | The function is not allowed to be used this way in an expression; function: attribute_exists     |
      | a in (b, attribute_exists(things))                 | attribute_exists     | The function is not allowed to be used this way in an expression; function: attribute_exists     |

    @strict
    Examples: a reserved word as an attribute name
      | expression                  | what  | message                                                     |
      | attribute_exists(views, #a) | views | Attribute name is a reserved keyword; reserved keyword: views |
      | :a < abOrT                  | abOrT | Attribute name is a reserved keyword; reserved keyword: abOrT |

    @strict
    Examples: a placeholder that is not defined
      | expression                                          | what       | message                                                                                        |
      | attribute_exists(#Pictures.RearView, :a) and a=a    | #Pictures  | An expression attribute name used in the document path is not defined; attribute name: #Pictures |
      | begins_with(Pictures.#RearView)                     | #RearView  | An expression attribute name used in the document path is not defined; attribute name: #RearView |
      | (#P between :lo and :hi) and (#PC in (:cat1, :cat2)) | #P        | An expression attribute name used in the document path is not defined; attribute name: #P        |
      | #4g > a                                             | #4g        | An expression attribute name used in the document path is not defined; attribute name: #4g       |
      | #_ > a                                              | #_         | An expression attribute name used in the document path is not defined; attribute name: #_        |
      | (a)between(b.c[45].#d)and(:a)                       | #d         | An expression attribute name used in the document path is not defined; attribute name: #d        |
      | begins_with(:hello, #a, #b)                         | :hello     | An expression attribute value used in expression is not defined; attribute value: :hello         |
      | :a < :b                                             | :a         | An expression attribute value used in expression is not defined; attribute value: :a             |
      | :_ > a                                              | :_         | An expression attribute value used in expression is not defined; attribute value: :_             |

    @strict
    Examples: a function given too many or too few operands
      | expression                          | what                 | message                                                                                            |
      | attribute_exists(things, a) and a=a | attribute_exists     | Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2     |
      | attribute_not_exists(things, b)     | attribute_not_exists | Incorrect number of operands for operator or function; operator or function: attribute_not_exists, number of operands: 2 |
      | attribute_type(things)              | attribute_type       | Incorrect number of operands for operator or function; operator or function: attribute_type, number of operands: 1       |
      | begins_with(things)                 | begins_with          | Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1          |
      | begins_with(things, size(a), b)     | begins_with          | Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 3          |
      | contains(things)                    | contains             | Incorrect number of operands for operator or function; operator or function: contains, number of operands: 1             |
      | size(things, a) > b                 | size                 | Incorrect number of operands for operator or function; operator or function: size, number of operands: 2                 |

  Scenario Outline: The filter <expression> with :a = <value> is refused for the operand's type
    When I scan Employee with:
      """
      {"FilterExpression": "<expression>", "ExpressionAttributeValues": {":a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid FilterExpression: Incorrect operand type for operator or function; operator or function: <function>, operand type: <type>"

    @strict
    Examples:
      | expression                                 | function       | value            | type |
      | attribute_type(a, size(a)) and a=a and a=:a | attribute_type | {"N": "1"}       | N    |
      | attribute_type(a, :a)                      | attribute_type | {"N": "1"}       | N    |
      | attribute_type(a, :a)                      | attribute_type | {"B": "YQ=="}    | B    |
      | attribute_type(a, :a)                      | attribute_type | {"BOOL": true}   | BOOL |
      | attribute_type(a, :a)                      | attribute_type | {"NULL": true}   | NULL |
      | attribute_type(a, :a)                      | attribute_type | {"L": []}        | L    |
      | attribute_type(a, :a)                      | attribute_type | {"M": {}}        | M    |
      | attribute_type(a, :a)                      | attribute_type | {"SS": ["1"]}    | SS   |
      | attribute_type(a, :a)                      | attribute_type | {"NS": ["1"]}    | NS   |
      | attribute_type(a, :a)                      | attribute_type | {"BS": ["YQ=="]} | BS   |
      | begins_with(a, size(a)) and a=:a           | begins_with    | {"N": "1"}       | N    |
      | begins_with(a, :a)                         | begins_with    | {"N": "1"}       | N    |
      | begins_with(a, :a)                         | begins_with    | {"BOOL": true}   | BOOL |
      | begins_with(a, :a)                         | begins_with    | {"NULL": true}   | NULL |
      | begins_with(a, :a)                         | begins_with    | {"L": []}        | L    |
      | begins_with(a, :a)                         | begins_with    | {"M": {}}        | M    |
      | begins_with(a, :a)                         | begins_with    | {"SS": ["1"]}    | SS   |
      | begins_with(a, :a)                         | begins_with    | {"NS": ["1"]}    | NS   |
      | begins_with(a, :a)                         | begins_with    | {"BS": ["YQ=="]} | BS   |
      | begins_with(:a, a)                         | begins_with    | {"N": "1"}       | N    |
      | begins_with(:a, a)                         | begins_with    | {"BOOL": true}   | BOOL |
      | begins_with(:a, a)                         | begins_with    | {"L": []}        | L    |
      | begins_with(:a, a)                         | begins_with    | {"M": {}}        | M    |
      | begins_with(:a, a)                         | begins_with    | {"SS": ["1"]}    | SS   |
      | size(size(a)) > :a                         | size           | {"N": "1"}       | N    |
      | attribute_not_exists(size(:a))             | size           | {"N": "1"}       | N    |
      | size(:a) > a                               | size           | {"BOOL": true}   | BOOL |
      | size(:a) > a                               | size           | {"NULL": true}   | NULL |

    @strict
    Examples: the ordering comparators and BETWEEN take only strings, numbers and binaries, whatever the item holds
      | expression                                 | function       | value            | type |
      | a < :a                                     | <              | {"BOOL": true}   | BOOL |
      | :a >= a                                    | >=             | {"NULL": true}   | NULL |
      | a > :a                                     | >              | {"SS": ["1"]}    | SS   |
      | a <= :a                                    | <=             | {"M": {}}        | M    |
      | a between :a and :a                        | BETWEEN        | {"BOOL": true}   | BOOL |

  @strict
  Scenario: attribute_type with a word that names no type lists the type names
    When I scan Employee with:
      """
      {"FilterExpression": "attribute_type(a, :a)", "ExpressionAttributeValues": {":a": {"S": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid FilterExpression: Invalid attribute type name found; type: 1, valid types: {"

  @strict
  Scenario: attribute_type with a path where the type name belongs lists the type names
    When I scan Employee with:
      """
      {"FilterExpression": "attribute_type(ab.bc[1].a, SS)"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid FilterExpression: Incorrect operand type for operator or function; operator or function: attribute_type, operand type: {"

  Scenario Outline: The condition <expression> uses the update function <function>
    When I put an item into Employee with:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "<expression>", "ExpressionAttributeValues": {":a": {"L": []}}}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid ConditionExpression: The function is not allowed in a condition expression"

    Examples:
      | expression                  | function      |
      | a = if_not_exists(a, :a)    | if_not_exists |
      | a = list_append(a, :a)      | list_append   |

  Scenario Outline: The filter <expression> gives a value where a function needs a document path
    When I scan Employee with:
      """
      {"FilterExpression": "<expression>", "ExpressionAttributeValues": {":a": {"S": "1"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid FilterExpression: Operator or function requires a document path; operator or function: <function>"

    @strict
    Examples:
      | expression                     | function             |
      | attribute_exists(:a) and a=a   | attribute_exists     |
      | attribute_not_exists(size(:a)) | attribute_not_exists |

  Scenario Outline: The filter <expression> compares a path with itself
    When I scan Employee with:
      """
      {"FilterExpression": "<expression>", "ExpressionAttributeNames": {"#a": "a"}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid FilterExpression: The first operand must be distinct from the remaining operands for this operator or function; operator: <operator>, first operand: <path>"

    @strict
    Examples:
      | expression                                | operator       | path             |
      | a = a AND #a = b AND :views > a           | =              | [a]              |
      | #a <> a                                   | <>             | [a]              |
      | a > #a                                    | >              | [a]              |
      | ((a=a) OR (a=a))                          | =              | [a]              |
      | ((a=a) AND (a=a))                         | =              | [a]              |
      | contains(ab.bc[1].a, ab.bc[1].#a)         | contains       | [ab, bc, [1], a] |
      | attribute_type(ab.bc[1].#a, ab.bc[1].a)   | attribute_type | [ab, bc, [1], a] |
      | begins_with(ab.bc[1].a, ab.bc[1].#a)      | begins_with    | [ab, bc, [1], a] |

  Scenario Outline: The update <expression> does not parse
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>"}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid UpdateExpression: Syntax error; "

    Examples:
      | expression                     |
      | whatever                       |
      | set a                          |
      | add a                          |
      | delete a                       |
      | set a=set                      |
      | remove a = b                   |
      | add a = b                      |
      | delete a = b                   |
      | delete a b                     |
      | delete a if_not_exist(b)       |
      | add abort b                    |
      | add a if_not_exist(b)          |
      | remove a b                     |
      | set a b                        |
      | set :a = b                     |
      | add :a b                       |
      | delete :a b                    |
      | remove :a                      |
      | set a = b / c                  |
      | set a = b * c                  |
      | SET if_not_exist(a, b) = a     |
      | set (a = (b + c))              |
      | set a = (b.c).d + e            |
      | set a = (b.c)[0] + e           |
      | set a = b + c + d              |

  Scenario Outline: The update <expression> is refused, naming <what>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>",
       "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"S": "a"}}, "ExpressionAttributeNames": {"#a": "a", "#b": "b"}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid UpdateExpression: <message>"

    @strict
    Examples: a reserved word, a clause twice
      | expression                              | what     | message                                                               |
      |  set #c = :c set abOrt = true           | abOrt    | Attribute name is a reserved keyword; reserved keyword: abOrt         |
      |  remove Absolute                        | Absolute | Attribute name is a reserved keyword; reserved keyword: Absolute      |
      | set a = #c set c = :d                   | SET      | The \\"SET\\" section can only be used once in an update expression;    |
      | remove #d set a = b remove e            | REMOVE   | The \\"REMOVE\\" section can only be used once in an update expression; |
      | add #d :e set a = b add e :f            | ADD      | The \\"ADD\\" section can only be used once in an update expression;    |
      | delete #d :e set a = b delete #e :f     | DELETE   | The \\"DELETE\\" section can only be used once in an update expression; |

  Scenario Outline: The update <expression> is refused, naming <what>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>",
       "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"S": "a"}}, "ExpressionAttributeNames": {"#a": "a", "#b": "b"}}
      """
    Then the request fails with ValidationException
    And the error message starts with "Invalid UpdateExpression: <message>"

    @strict
    Examples: what the record gives only to the name of the function or placeholder
      | expression                            | what          | message                                                                                              |
      | set #c = if_not_exist(:c) set c = d   | if_not_exist  | Invalid function name; function: if_not_exist                                                        |
      | SET #c = if_not_exists(:c)            | #c            | An expression attribute name used in the document path is not defined; attribute name: #c            |
      | SET #a = if_not_exists(:c)            | :c            | An expression attribute value used in expression is not defined; attribute value: :c                 |
      | set a = if_not_exists(c)              | if_not_exists | Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1 |
      | set a = list_append(c)                | list_append   | Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1   |
      | set a = if_not_exists(:a, c)          | if_not_exists | Operator or function requires a document path; operator or function: if_not_exists                  |
      | set a = if_not_exists(if_not_exists(a, b), c) | if_not_exists | Operator or function requires a document path; operator or function: if_not_exists          |

  Scenario Outline: The update <expression> writes paths that overlap
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>", "ExpressionAttributeNames": {"#c": "c", "#d": "[3]"}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: <one>, path two: <two>"

    @strict
    Examples:
      | expression                                              | one           | two      |
      | set d[1] = a, d.b = a, c[1].a = a, #c = if_not_exists(a) | [c, [1], a]   | [c]      |
      | set c.b.#c = a, c = a, #d = a                           | [c, b, c]     | [c]      |
      | set a = b remove a, #c, #d                              | [a]           | [a]      |
      | set #c[3].#d = a, #c[3] = a                             | [c, [3], [3]] | [c, [3]] |
      | remove c, #c.a, #d                                      | [c]           | [c, a]   |
      | remove a, #c, a, #d                                     | [a]           | [a]      |

  @strict
  Scenario: Two writes of one attribute whose name is "?" overlap like any other
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "SET #q = :v, #q = :w",
       "ExpressionAttributeNames": {"#q": "?"}, "ExpressionAttributeValues": {":v": {"S": "v"}, ":w": {"S": "w"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [?], path two: [?]"

  Scenario Outline: The update <expression> writes paths that conflict
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>", "ExpressionAttributeNames": {"#b": "b", "#c": "c", "#d": "[3]"}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid UpdateExpression: Two document paths conflict with each other; must remove or rewrite one of these paths; path one: <one>, path two: <two>"

    @strict
    Examples:
      | expression                                      | one           | two           |
      | set #c[3].#d = a, #c.#d[3] = if_not_exists(a)  | [c, [3], [3]] | [c, [3], [3]] |
      | remove a.#c set a[1] = #d                       | [a, c]        | [a, [1]]      |

  Scenario Outline: The update <expression> with :a = <value> gives <action> a value of the wrong type
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>", "ExpressionAttributeValues": {":a": <value>, ":b": {"S": "a"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: <action>, operand type: <type>"

    @strict
    Examples:
      | expression                                                   | value                         | action | type    |
      | set b = list_append(:a, a), c = if_not_exists(a) add a.b :a  | {"S": "a"}                    | ADD    | STRING  |
      | delete a.b :a                                                | {"S": "a"}                    | DELETE | STRING  |
      | add a.b :a                                                   | {"NULL": true}                | ADD    | NULL    |
      | delete a.b :a                                                | {"NULL": true}                | DELETE | NULL    |
      | add a.b :a                                                   | {"BOOL": false}               | ADD    | BOOLEAN |
      | delete a.b :a                                                | {"BOOL": false}               | DELETE | BOOLEAN |
      | add a.b :a                                                   | {"B": "YQ=="}                 | ADD    | BINARY  |
      | delete a.b :a                                                | {"B": "YQ=="}                 | DELETE | BINARY  |
      | add a.b :a                                                   | {"M": {"a": {"L": [{"N": "1"}]}}} | ADD | MAP   |
      | delete a.b :a                                                | {"M": {"a": {"L": [{"N": "1"}]}}} | DELETE | MAP |
      | add a.b :a                                                   | {"L": [{"N": "1"}]}           | ADD    | LIST    |
      | delete a.b :a                                                | {"L": [{"N": "1"}]}           | DELETE | LIST    |
      | delete a.b :a                                                | {"N": "1"}                    | DELETE | NUMBER  |

  Scenario Outline: The update <expression> gives <function> an operand of type <type>
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>",
       "ExpressionAttributeValues": {":a": {"S": "a"}, ":b": {"N": "1"}, ":c": {"B": "YQ=="}, ":d": {"BOOL": false}, ":e": {"NULL": true},
         ":f": {"SS": ["a"]}, ":g": {"NS": ["1"]}, ":h": {"BS": ["YQ=="]}, ":i": {"M": {}}, ":j": {"L": []}},
       "ExpressionAttributeNames": {"#a": "a", "#b": "b"}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid UpdateExpression: Incorrect operand type for operator or function; operator or function: <function>, operand type: <type>"

    @strict
    Examples:
      | expression                 | function    | type |
      | set a = list_append(:a, a) | list_append | S    |
      | set a = list_append(a, :b) | list_append | N    |
      | set a = list_append(:c, a) | list_append | B    |
      | set a = list_append(:d, a) | list_append | BOOL |
      | set a = list_append(:e, a) | list_append | NULL |
      | set a = list_append(:f, a) | list_append | SS   |
      | set a = list_append(:g, a) | list_append | NS   |
      | set a = list_append(:h, a) | list_append | BS   |
      | set a = list_append(:i, a) | list_append | M    |
      | set a = a + :a             | +           | S    |
      | set a = :a + :c            | +           | S    |
      | set a = :c + a             | +           | B    |
      | set a = a + :d             | +           | BOOL |
      | set a = a + :e             | +           | NULL |
      | set a = a + :f             | +           | SS   |
      | set a = a + :g             | +           | NS   |
      | set a = a + :h             | +           | BS   |
      | set a = a + :i             | +           | M    |
      | set a = a + :j             | +           | L    |
      | set a = a - :a             | -           | S    |
      | set a = :a - :c            | -           | S    |
      | set a = :c - a             | -           | B    |
      | set a = a - :d             | -           | BOOL |
      | set a = a - :e             | -           | NULL |
      | set a = a - :f             | -           | SS   |
      | set a = a - :g             | -           | NS   |
      | set a = a - :h             | -           | BS   |
      | set a = a - :i             | -           | M    |
      | set a = a - :j             | -           | L    |

  @strict
  Scenario: An expression attribute value the expressions do not use is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "remove a", "ConditionExpression": "a = :b",
       "ExpressionAttributeValues": {":b": {"N": "1"}, ":c": {"S": "a"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Value provided in ExpressionAttributeValues unused in expressions: keys: {:c}"

  @strict
  Scenario: An empty update expression is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": ""}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid UpdateExpression: The expression can not be empty;"

  @strict
  Scenario Outline: An update of the key attribute through <expression> is refused
    When I update an item in Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "UpdateExpression": "<expression>", "ExpressionAttributeValues": {":a": <value>}}
      """
    Then the request fails with ValidationException
    And the error message is "One or more parameter values were invalid: Cannot update attribute LoginAlias. This attribute is part of the key"

    Examples:
      | expression                        | value          |
      | add LoginAlias.b :a               | {"N": "1"}     |
      | delete LoginAlias :a              | {"NS": ["1"]}  |
      | remove d set b = :a, LoginAlias = :a | {"N": "1"}  |
      | delete b :a remove LoginAlias     | {"NS": ["1"]}  |

  @strict
  Scenario Outline: An expression attribute <member> key with a character other than a letter, digit or underscore is refused
    When I scan Employee with:
      """
      {"FilterExpression": "a = :v", <members>}
      """
    Then the request fails with ValidationException
    And the error message is "<member> contains invalid key: Syntax error; key: \"<key>\""

    Examples:
      | member                    | key  | members                                                                                     |
      | ExpressionAttributeNames  | #a-b | "ExpressionAttributeNames": {"#a-b": "a"}, "ExpressionAttributeValues": {":v": {"N": "1"}} |
      | ExpressionAttributeValues | :a-b | "ExpressionAttributeValues": {":a-b": {"N": "1"}}                                           |

  @strict
  Scenario: An expression attribute name that stands for the empty name is refused
    When I get an item from Employee with:
      """
      {"Key": {"LoginAlias": {"S": "irenes"}}, "ProjectionExpression": "#a", "ExpressionAttributeNames": {"#a": ""}}
      """
    Then the request fails with ValidationException
    And the error message is "ExpressionAttributeNames contains invalid value: Empty attribute name for key #a"

  Scenario: Placeholders may hold any letter, digit and underscore
    When I scan Employee with:
      """
      {"FilterExpression": "#azAZ09_ = :azAZ09_", "ExpressionAttributeNames": {"#azAZ09_": "a"}, "ExpressionAttributeValues": {":azAZ09_": {"N": "1"}}}
      """
    Then the request succeeds
    And the response includes:
      """
      {"Count": 1}
      """

  Scenario: An expression of exactly 300 operators is read, however many parentheses it has
    When I call PutItem on Employee with the repeats written out:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}, "a": {"N": "1"}}, "ConditionExpression": "«(a)<(b) OR »×149NOT (a)<(b)"}
      """
    Then the request succeeds

  @strict
  Scenario Outline: An expression of more than 300 operators is refused, counting <what>
    When I call PutItem on Employee with the repeats written out:
      """
      {"Item": {"LoginAlias": {"S": "irenes"}}, "ConditionExpression": "<expression>", "ExpressionAttributeValues": {":lo": {"N": "1"}, ":hi": {"N": "2"}}}
      """
    Then the request fails with ValidationException
    And the error message is "Invalid ConditionExpression: The expression contains too many operators; operator count: 301"

    Examples:
      | what                                        | expression                                                                    |
      | comparators, BETWEEN, IN, AND, OR and NOT   | NOT a<b AND a BETWEEN :lo AND :hi AND a IN (:lo, :hi) OR «a<b OR »×146NOT a<b |

  Scenario: A document path of 32 elements is read
    When I call Scan on Employee with the repeats written out:
      """
      {"FilterExpression": "attribute_not_exists(a«.b»×31)"}
      """
    Then the request succeeds

  Scenario: A document path of 40 elements is refused
    When I call Scan on Employee with the repeats written out:
      """
      {"FilterExpression": "attribute_not_exists(a«.b»×39)"}
      """
    Then the request fails with ValidationException
