using FluentValidation;
using Lims.Application.Common;
using Lims.Application.Features.Customers;
using Lims.Application.Features.Intake;

namespace Lims.Application.Tests.Validation;

/// <summary>
/// Validation is the handlers' first step, so a page, an import or the demo calling a handler in
/// process is refused exactly as an HTTP client is. It runs validators synchronously where it can,
/// and still runs validators with asynchronous rules.
/// </summary>
public sealed class RequestValidationTests
{
    public sealed record Sample(string Name);

    private sealed class SyncRules : AbstractValidator<Sample>
    {
        public SyncRules() => RuleFor(x => x.Name).NotEmpty();
    }

    private sealed class AsyncRules : AbstractValidator<Sample>
    {
        public AsyncRules() => RuleFor(x => x.Name).MustAsync(async (name, ct) =>
        {
            await Task.Yield();
            return name.Length > 0;
        });
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (rules, kind) in new (IValidator<Sample>, string)[] { (new SyncRules(), "synchronous"), (new AsyncRules(), "asynchronous") })
        {
            yield return new TestCaseData(rules, "铭牌", true).SetName($"A valid request passes {kind} rules");
            yield return new TestCaseData(rules, "", false).SetName($"An invalid request is refused by {kind} rules");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Validates(IValidator<Sample> rules, string name, bool valid)
    {
        var result = await RequestValidation.ValidateAsync(rules, new Sample(name), CancellationToken.None);

        Assert.That(result.IsValid, Is.EqualTo(valid));
        if (!valid)
        {
            Assert.That(result.Errors.Single().PropertyName, Is.EqualTo(nameof(Sample.Name)));
        }
    }

    [Test]
    public void A_handler_called_in_process_refuses_invalid_input_before_it_touches_the_database()
    {
        // No database at all: the handler must refuse before it reads anything.
        var handler = new CustomerHandler(null!, null!);
        var request = new CustomerRequest("", "91440700MA4UQ1234X", "张三", "12345", "江门", "蓬江区", null);

        var refused = Assert.ThrowsAsync<ValidationException>(() => handler.CreateAsync(request, CancellationToken.None));

        Assert.That(refused!.Errors.Select(e => e.PropertyName).Distinct(), Is.SupersetOf(new[] { "Name", "Phone", "Category" }));
    }

    [Test]
    public void A_query_and_its_page_are_refused_together()
    {
        var refused = Assert.ThrowsAsync<ValidationException>(async () =>
            await RequestValidation.EnsureValidAsync(new ReturnRequest(-1), new PageRequest(0, 500), CancellationToken.None));

        Assert.That(refused!.Errors.Select(e => e.PropertyName), Is.EquivalentTo(new[] { "Version", "Page", "PageSize" }));
    }

    [Test]
    public void A_valid_request_and_a_missing_one_pass() =>
        Assert.DoesNotThrowAsync(async () => await RequestValidation.EnsureValidAsync(new PageRequest(2, 20), null, CancellationToken.None));
}
