using Lims.Application.Common;
using Lims.Application.Features.InstrumentTypes;
using Lims.Application.Features.Laboratories;
using Lims.Application.Features.Users;
using Lims.Domain.ReferenceData;

namespace Lims.Application.Tests.Validation;

public sealed class ReferenceDataValidatorTests
{
    [TestCase("JM", true)]
    [TestCase("JMXH2", true)]
    [TestCase("J", false)]
    [TestCase("jm", false)]
    [TestCase("JM-1", false)]
    [TestCase("ABCDEFGHIJKLMNOPQ", false)]
    public void A_laboratory_code_is_two_to_sixteen_capitals_or_digits(string code, bool valid)
    {
        var result = new LaboratoryRequestValidator().Validate(new LaboratoryRequest(code, "江门市计量测试所", LaboratoryLevel.City, null, "江门"));
        Assert.That(result.IsValid, Is.EqualTo(valid), string.Join("; ", result.Errors));
    }

    [TestCase("江门市计量所\u0000", false)]
    [TestCase("江门市\n计量所", false)]
    [TestCase("江门市计量所 🧪", true)]
    public void Names_refuse_control_characters_but_not_chinese_or_emoji(string name, bool valid)
    {
        var result = new LaboratoryRequestValidator().Validate(new LaboratoryRequest("JM", name, LaboratoryLevel.City, null, "江门"));
        Assert.That(result.IsValid, Is.EqualTo(valid));
    }

    [TestCase(0, true)]
    [TestCase(30.5, true)]
    [TestCase(99.99, true)]
    [TestCase(-0.01, false)]
    [TestCase(1.005, false)]
    [TestCase(100000000.01, false)]
    public void A_fee_is_yuan_with_at_most_two_decimals(double fee, bool valid)
    {
        var request = new InstrumentTypeRequest("PS", "电子计价秤", "JJG 539-2016", true, 12, (decimal)fee);
        Assert.That(new InstrumentTypeRequestValidator().Validate(request).IsValid, Is.EqualTo(valid));
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(120, true)]
    [TestCase(121, false)]
    public void The_verification_interval_is_one_to_120_months(int months, bool valid)
    {
        var request = new InstrumentTypeRequest("PS", "电子计价秤", "JJG 539-2016", true, months, 0m);
        Assert.That(new InstrumentTypeRequestValidator().Validate(request).IsValid, Is.EqualTo(valid));
    }

    [TestCase(null, null, true)]
    [TestCase(1, 200, true)]
    [TestCase(0, 50, false)]
    [TestCase(1, 0, false)]
    [TestCase(1, 201, false)]
    public void Pages_start_at_one_and_hold_at_most_200(int? page, int? pageSize, bool valid) =>
        Assert.That(new PageRequestValidator().Validate(new PageRequest(page, pageSize)).IsValid, Is.EqualTo(valid));

    [Test]
    public void A_user_needs_a_known_role()
    {
        var result = new UserRequestValidator().Validate(new UserRequest("li.si", "李四", "Strong-Pass-1", ["Technician", "Cleaner"], null));
        Assert.That(result.Errors.Select(e => e.PropertyName), Is.EqualTo(new[] { "Roles[1]" }));
    }
}
