using NetArchTest.Rules;

namespace Lims.Application.Tests.Architecture;

/// <summary>Api → Application → Domain; Infrastructure → Application → Domain. The domain knows nothing of EF, HTTP or Hangfire.</summary>
public sealed class LayerTests
{
    private static readonly System.Reflection.Assembly Domain = typeof(Domain.Common.DomainRuleException).Assembly;
    private static readonly System.Reflection.Assembly Application = typeof(Application.DependencyInjection).Assembly;

    [TestCase("Microsoft.EntityFrameworkCore")]
    [TestCase("Microsoft.AspNetCore")]
    [TestCase("Hangfire")]
    [TestCase("FluentValidation")]
    [TestCase("Lims.Application")]
    [TestCase("Lims.Infrastructure")]
    public void The_domain_does_not_depend_on(string dependency)
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOn(dependency).GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }

    [TestCase("Lims.Infrastructure")]
    [TestCase("Lims.Api")]
    [TestCase("Microsoft.AspNetCore")]
    [TestCase("Hangfire")]
    public void The_application_does_not_depend_on(string dependency)
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOn(dependency).GetResult();
        Assert.That(result.FailingTypeNames ?? [], Is.Empty);
    }
}
