using Lims.Api.Tests.Support;

namespace Lims.Api.Tests;

/// <summary>
/// What ends the whole test run. NUnit runs a set-up fixture around the fixtures of its own namespace
/// and below only, so this one stands in the root namespace of all the tests.
/// </summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task StopTheApisAsync() => ApiHosts.StopAllAsync();
}
