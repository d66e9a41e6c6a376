using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Lims.Application.Common;
using Lims.Application.Features.Auth;
using Lims.Domain.Common;
using Lims.Domain.Customers;
using Lims.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Lims.Web.Services;

/// <summary>
/// Says why the application refused an action, in the interface's language: the rule's own words
/// in English; in Chinese the text kept for its code (<c>rule.{code}</c> in <c>Ui.resx</c>), or the
/// rule's words when none is kept. Validation failures go beside their fields.
/// </summary>
public sealed class Refusals(IStringLocalizer<Ui> text)
{
    /// <summary>Codes whose refusal concerns one field of the form that sent it.</summary>
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        ["duplicate-credit-code"] = "creditCode",
        [UnifiedSocialCreditCode.InvalidCreditCodeRule] = "creditCode",
        ["duplicate-instrument"] = "serialNumber",
        ["unknown-instrument-type"] = "typeCode",
        ["duplicate-code"] = "code",
        ["duplicate-user"] = "userName",
    };

    private static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>True when <paramref name="exception"/> is a refusal; its reasons are then in <paramref name="errors"/>.</summary>
    public bool Explain(Exception exception, FormErrors errors)
    {
        switch (exception)
        {
            case ValidationException validation:
                foreach (var failure in validation.Errors)
                {
                    errors.Field(FieldName(failure.PropertyName), Describe(failure));
                }

                errors.Refuse(text["有填写不正确的项目，请查看标红的栏目。"]);
                return true;
            case DomainRuleException rule:
                return Refuse(errors, rule.Code, rule.Message);
            case ConflictException conflict:
                return Refuse(errors, conflict.Code, conflict.Message);
            case NotFoundException notFound:
                errors.Refuse(English ? notFound.Message : text["未找到该记录：它不存在，或不属于您的机构。"]);
                return true;
            case PreconditionFailedException or DbUpdateConcurrencyException:
                return Refuse(errors, "stale-version", "Someone else changed this record at the same time. Reload it and try again.");
            case SignInThrottledException slowed:
                errors.Refuse(English ? slowed.Message : text["登录失败次数太多。请 {0} 秒后再试，或联系管理员。", Math.Ceiling(slowed.RetryAfter.TotalSeconds)]);
                return true;
            case ServiceStoppingException stopping:
                return Refuse(errors, "stopping", stopping.Message);
            default:
                return false;
        }
    }

    public string Unexpected() =>
        text["出现了意外错误，已记入日志。请稍后重试；若仍不行，请告诉管理员发生的时间：{0}。", DateTimeOffset.Now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)];

    /// <summary>The rule's message in the interface's language.</summary>
    public string Describe(string code, string message)
    {
        if (English)
        {
            return message;
        }

        var kept = text["rule." + code];
        return kept.ResourceNotFound ? message : kept.Value;
    }

    /// <summary>What is wrong with a credit code, in the reception clerk's words (GB 32100-2015).</summary>
    public string CreditCode(CreditCodeProblem problem) =>
        English ? problem.Message : text["CreditCodePart." + problem.Part];

    private bool Refuse(FormErrors errors, string code, string message)
    {
        var described = Describe(code, message);
        if (FieldOfCode.TryGetValue(code, out var field))
        {
            errors.Field(field, described);
        }

        errors.Refuse(described);
        return true;
    }

    private string Describe(ValidationFailure failure)
    {
        if (English)
        {
            return failure.ErrorMessage;
        }

        var field = FieldName(failure.PropertyName);
        if (field.EndsWith("creditCode", StringComparison.Ordinal) && failure.AttemptedValue is string code
            && !UnifiedSocialCreditCode.TryParse(code, out _, out var problem) && problem is not null)
        {
            return CreditCode(problem);
        }

        return failure.ErrorCode switch
        {
            "NotEmptyValidator" or "NotNullValidator" => text["必填"],
            "MaximumLengthValidator" => text["最多 {0} 个字符", failure.FormattedMessagePlaceholderValues?.GetValueOrDefault("MaxLength") ?? ""],
            "EmailValidator" => text["电子邮件地址的格式不对"],
            "EnumValidator" => text["请从列表中选择"],
            _ when field == "currentPassword" => text["当前密码不对。"],
            "NotEqualValidator" when field == "newPassword" => text["新密码须与当前密码不同。"],
            "PasswordsDiffer" => text["两次输入的密码不一致"],
            "PasswordTooShort" => text["密码至少 {0} 个字符。", Application.Features.Users.UserRules.MinimumPasswordLength],
            "PasswordTooLong" => text["最多 {0} 个字符", 128],
            "PasswordContainsUserName" => text["密码不能包含用户名。"],
            "PasswordCommon" => text["这是最常见的密码之一，请换一个。"],
            "RegularExpressionValidator" when field.EndsWith("userName", StringComparison.Ordinal) => text["用户名为 2 到 64 个字母、数字或 . _ @ -"],
            "RegularExpressionValidator" when field.EndsWith("aboratoryCode", StringComparison.Ordinal) => text["机构代码为 2 到 16 个大写字母或数字，如 JM；它是每个收样单号和证书编号的前缀"],
            _ when field.EndsWith("phone", StringComparison.OrdinalIgnoreCase) => text["请填写手机号（如 13812345678）或带区号的固定电话（如 0750-3123456）"],
            _ => failure.ErrorMessage,
        };
    }

    /// <summary><c>Items[0].InstrumentId</c> → <c>items[0].instrumentId</c>, as the API names fields.</summary>
    public static string FieldName(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
