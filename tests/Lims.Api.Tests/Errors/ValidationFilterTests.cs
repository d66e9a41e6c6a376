using FluentValidation;
using Lims.Api.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Api.Tests.Errors;

/// <summary>The filter validates synchronously where it can, and still runs validators with asynchronous rules.</summary>
public sealed class ValidationFilterTests
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
            yield return new TestCaseData(rules, "铭牌", true).SetName($"A valid argument passes {kind} rules");
            yield return new TestCaseData(rules, "", false).SetName($"An invalid argument is refused by {kind} rules");
        }
    }

    [TestCaseSource(nameof(Cases))]
    public async Task Validates(IValidator<Sample> rules, string name, bool valid)
    {
        var services = new ServiceCollection().AddSingleton(rules).BuildServiceProvider();
        var context = new DefaultEndpointFilterInvocationContext(new DefaultHttpContext { RequestServices = services }, new Sample(name));
        var reached = false;
        async Task Invoke() => await new ValidationFilter().InvokeAsync(context, _ =>
        {
            reached = true;
            return ValueTask.FromResult<object?>(null);
        });

        if (valid)
        {
            await Invoke();
            Assert.That(reached, Is.True);
        }
        else
        {
            var refused = Assert.ThrowsAsync<ValidationException>(Invoke);
            Assert.Multiple(() =>
            {
                Assert.That(refused!.Errors.Single().PropertyName, Is.EqualTo(nameof(Sample.Name)));
                Assert.That(reached, Is.False);
            });
        }
    }
}
