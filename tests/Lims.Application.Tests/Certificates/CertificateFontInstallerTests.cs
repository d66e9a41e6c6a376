using Lims.Infrastructure.Certificates;
using PdfSharp.Fonts;

namespace Lims.Application.Tests.Certificates;

public sealed class CertificateFontInstallerTests
{
    [Test]
    public void Installing_from_many_threads_yields_one_resolver_that_pdfsharp_uses()
    {
        var resolvers = new CertificateFontResolver[16];

        Parallel.For(0, resolvers.Length, i => resolvers[i] = CertificateFontInstaller.EnsureInstalled());

        Assert.That(resolvers.Distinct().Count(), Is.EqualTo(1));
        Assert.That(new[] { GlobalFontSettings.FontResolver, GlobalFontSettings.FallbackFontResolver }, Does.Contain(resolvers[0]));
    }

    [Test]
    public void The_resolver_serves_all_three_faces_and_leaves_other_families_to_others()
    {
        var resolver = new CertificateFontResolver();

        var faces = new[]
        {
            resolver.ResolveTypeface(CertificateFontResolver.LatinFamily, false, false)!.FaceName,
            resolver.ResolveTypeface(CertificateFontResolver.LatinFamily, true, false)!.FaceName,
            resolver.ResolveTypeface(CertificateFontResolver.CjkFamily, false, false)!.FaceName,
        };

        Assert.That(faces.Select(resolver.GetFont), Has.All.Not.Null.And.All.Property("Length").GreaterThan(100_000));
        Assert.That(resolver.ResolveTypeface("Arial", false, false), Is.Null);
    }
}
