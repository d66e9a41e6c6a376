using Lims.Domain.Common;

namespace Lims.Domain.Customers;

/// <summary>
/// 统一社会信用代码: the 18-character unified social credit code of a legal person or other
/// organisation, GB 32100-2015 (法人和其他组织统一社会信用代码编码规则).
/// </summary>
/// <remarks>
/// <para>Structure: 1 registration authority (登记管理部门代码), 2 entity type (机构类别代码),
/// 3-8 administrative division of the registering authority (登记管理机关行政区划码, GB/T 2260),
/// 9-17 organization code (主体标识码, GB 11714, its 9th character being its own check digit),
/// 18 check character (校验码).</para>
/// <para>Input is normalised before it is checked: surrounding whitespace is trimmed, full-width
/// characters typed with a Chinese input method (Ａ, ９) become ASCII, and a-z become A-Z. Nothing
/// else is changed (a space inside the code is an error). <see cref="Value"/> is always the
/// normalised form, so two spellings of one code are equal.</para>
/// <para>Validation reports the first wrong part, in the order of <see cref="CreditCodePart"/>.
/// Messages never say what a check character should have been: a check character exists to catch
/// typing errors, and naming the "right" one would turn a typo into a wrong but valid code.</para>
/// <para><c>default(UnifiedSocialCreditCode)</c> holds no code: its <see cref="Value"/> is empty and
/// its parts are empty or <c>'\0'</c>. Only <see cref="Parse"/> and <see cref="TryParse"/> make codes.</para>
/// </remarks>
public readonly record struct UnifiedSocialCreditCode
{
    /// <summary>The number of characters in a code.</summary>
    public const int CodeLength = 18;

    /// <summary>The 31 characters a code may contain, in the order of their GB 32100 value (0-30).</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /// <summary>The stable code of the <see cref="DomainRuleException"/> that <see cref="Parse"/> throws.</summary>
    public const string InvalidCreditCodeRule = "invalid-credit-code";

    // GB 32100-2015 §5: W_i = 3^(i-1) mod 31 for positions 1-17.
    private static readonly int[] _checkWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    // GB 11714-1997: weights of the 8 body characters of an organization code.
    private static readonly int[] _organizationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string? _value;

    private UnifiedSocialCreditCode(string value) => _value = value;

    /// <summary>The normalised 18 characters, e.g. <c>91350100M000100Y43</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Character 1, 登记管理部门代码, e.g. <c>9</c> for market regulation (工商).</summary>
    public char RegistrationAuthority => CharAt(0);

    /// <summary>Character 2, 机构类别代码, e.g. <c>1</c> for an enterprise when the authority is 9.</summary>
    public char EntityType => CharAt(1);

    /// <summary>Characters 3-8, the registering authority's administrative division, e.g. <c>440703</c>.</summary>
    public string AdministrativeDivision => Slice(2, 6);

    /// <summary>Characters 9-17, the organization code (GB 11714) including its check digit.</summary>
    public string OrganizationCode => Slice(8, 9);

    /// <summary>Character 18, the GB 32100 check character.</summary>
    public char CheckCharacter => CharAt(17);

    /// <summary>Reads a code, or says which part is wrong.</summary>
    /// <returns><c>true</c> with <paramref name="code"/> set and <paramref name="problem"/> null when
    /// the text is a valid code; otherwise <c>false</c>, <c>default</c> and the problem.</returns>
    public static bool TryParse(string? text, out UnifiedSocialCreditCode code, out CreditCodeProblem? problem)
    {
        var normalised = text is null ? string.Empty : Normalise(text);
        problem = Validate(normalised);
        code = problem is null ? new UnifiedSocialCreditCode(normalised) : default;
        return problem is null;
    }

    /// <summary>Reads a code.</summary>
    /// <exception cref="DomainRuleException">Code <c>invalid-credit-code</c>, with the problem's message.</exception>
    public static UnifiedSocialCreditCode Parse(string text)
    {
        if (TryParse(text, out var code, out var problem))
        {
            return code;
        }

        throw new DomainRuleException(InvalidCreditCodeRule, problem!.Message);
    }

    /// <summary>
    /// The GB 32100 check character for the first 17 characters (already normalised):
    /// C18 = 31 − (Σ value(Ci)·Wi mod 31), where value is the index in <see cref="Alphabet"/>
    /// and 31 is written <c>0</c>. Useful to build valid codes in tests and fixtures.
    /// </summary>
    /// <exception cref="ArgumentException">Not 17 characters of <see cref="Alphabet"/>.</exception>
    public static char ComputeCheckCharacter(string first17)
    {
        ArgumentNullException.ThrowIfNull(first17);
        if (first17.Length != CodeLength - 1 || !first17.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"Expected 17 characters of {Alphabet}.", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * _checkWeights[i];
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>
    /// The GB 11714 check digit for the 8 body characters of an organization code:
    /// C9 = 11 − (Σ value(Ci)·Wi mod 11) with W = 3,7,9,10,5,8,4,2, digits worth 0-9 and letters
    /// A-Z worth 10-35 (not their GB 32100 value); 10 is written <c>X</c> and 11 is written <c>0</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Not 8 characters of 0-9 and A-Z.</exception>
    public static char ComputeOrganizationCodeCheckDigit(string first8)
    {
        ArgumentNullException.ThrowIfNull(first8);
        if (first8.Length != 8 || !first8.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)))
        {
            throw new ArgumentException("Expected 8 characters of 0-9 and A-Z.", nameof(first8));
        }

        var sum = 0;
        for (var i = 0; i < first8.Length; i++)
        {
            var c = first8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * _organizationCodeWeights[i];
        }

        return (11 - (sum % 11)) switch
        {
            10 => 'X',
            11 => '0',
            var digit => (char)('0' + digit),
        };
    }

    /// <summary>The normalised code.</summary>
    public override string ToString() => Value;

    private char CharAt(int index) => _value is null ? '\0' : _value[index];

    private string Slice(int start, int length) => _value is null ? string.Empty : _value.Substring(start, length);

    /// <summary>NFKC (full-width letters and digits become ASCII), ASCII letters in upper case.</summary>
    private static string Normalise(string text)
    {
        var normalised = Identifiers.Normalize(text);
        return string.Create(normalised.Length, normalised, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsAsciiLetterLower(source[i]) ? (char)(source[i] - 'a' + 'A') : source[i];
            }
        });
    }

    private static CreditCodeProblem? Validate(string code)
    {
        if (code.Length == 0)
        {
            return new(CreditCodePart.Length, "No unified social credit code was entered (未填写统一社会信用代码).");
        }

        if (code.Length != CodeLength)
        {
            return new(
                CreditCodePart.Length,
                $"A unified social credit code has 18 characters; this one has {code.Length} (统一社会信用代码应为18位).");
        }

        for (var i = 0; i < code.Length; i++)
        {
            if (!Alphabet.Contains(code[i], StringComparison.Ordinal))
            {
                return new(CreditCodePart.Alphabet, AlphabetMessage(code[i], i + 1));
            }
        }

        var authority = CreditCodeRegistrationAuthorities.Find(code[0]);
        if (authority is null)
        {
            return new(
                CreditCodePart.RegistrationAuthority,
                $"The first character '{code[0]}' is not a registration authority code (登记管理部门代码错误); "
                + $"it must be one of {CreditCodeRegistrationAuthorities.AllCodes}.");
        }

        if (!authority.Value.EntityTypes.Contains(code[1], StringComparison.Ordinal))
        {
            return new(
                CreditCodePart.EntityType,
                $"The second character '{code[1]}' is not a kind of organisation that {authority.Value.Name} registers "
                + $"(机构类别代码错误); after '{code[0]}' it must be {authority.Value.EntityTypeNames}.");
        }

        var division = code.AsSpan(2, 6);
        if (division.ContainsAnyExceptInRange('0', '9'))
        {
            return new(
                CreditCodePart.AdministrativeDivision,
                $"Characters 3 to 8 ('{division}') must be six digits, the administrative division of the "
                + "registering authority (登记管理机关行政区划码错误), e.g. 440703.");
        }

        var organizationCheck = code[16];
        if (!char.IsAsciiDigit(organizationCheck) && organizationCheck != 'X')
        {
            return new(
                CreditCodePart.OrganizationCode,
                $"Character 17 ('{organizationCheck}') is the check digit of the organization code and can only be "
                + "a digit or X (组织机构代码校验码错误). Please compare the code with the business licence (营业执照).");
        }

        if (ComputeOrganizationCodeCheckDigit(code.Substring(8, 8)) != organizationCheck)
        {
            return new(
                CreditCodePart.OrganizationCode,
                $"Characters 9 to 17 ('{code.AsSpan(8, 9)}') are not a valid organization code: its check digit does "
                + "not match (组织机构代码校验码错误). The code was probably mistyped; please compare it with the "
                + "business licence (营业执照).");
        }

        if (ComputeCheckCharacter(code[..17]) != code[17])
        {
            return new(
                CreditCodePart.CheckCharacter,
                $"The last character ('{code[17]}') does not match the rest of the code (校验码错误). The code was "
                + "probably mistyped; please compare it with the business licence (营业执照) or registration certificate.");
        }

        return null;
    }

    private static string AlphabetMessage(char c, int position)
    {
        var shown = char.IsWhiteSpace(c) ? "a space"
            : char.IsControl(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}"
            : $"'{c}'";
        var hint = c is 'I' or 'O' or 'Z' or 'S' or 'V'
            ? " The letters I, O, Z, S and V are never used: is it 1, 0, 2, 5 or U?"
            : string.Empty;
        return $"Character {position} ({shown}) is not allowed: a unified social credit code uses only digits and "
            + $"capital letters other than I, O, Z, S and V (含有不允许的字符).{hint}";
    }
}
