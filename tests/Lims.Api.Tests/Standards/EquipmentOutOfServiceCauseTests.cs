using System.Text.Json;
using Lims.Api.Tests.Recall;
using Lims.Api.Tests.Support;

namespace Lims.Api.Tests.Standards;

/// <summary>
/// The equipment and the equipment list say why a piece is out of service (<c>outOfServiceCause</c>):
/// <c>ExpiredCalibration</c> when the recall scan took it out, <c>Other</c> when taken out by hand, null otherwise.
/// </summary>
public sealed class EquipmentOutOfServiceCauseTests(string database) : ApiTest(database)
{
    private static DateOnly Today => StandardsData.Today;

    [Test]
    public async Task Equipment_the_recall_scan_took_out_for_expiry_shows_ExpiredCalibration()
    {
        var (data, assetNo) = await ExpiredWeightSetAsync();

        await Host.RunRecallScanAsync();

        var (piece, listed) = await ShownAsync(data.Quality, assetNo);
        Assert.Multiple(() =>
        {
            Assert.That(piece.GetProperty("status").GetString(), Is.EqualTo("OutOfService"));
            Assert.That(piece.GetProperty("outOfServiceCause").GetString(), Is.EqualTo("ExpiredCalibration"));
            Assert.That(listed.GetProperty("outOfServiceCause").GetString(), Is.EqualTo("ExpiredCalibration"));
        });
    }

    [Test]
    public async Task Equipment_taken_out_by_hand_shows_Other_and_the_scan_leaves_it_so()
    {
        var (data, assetNo) = await ExpiredWeightSetAsync();

        await Host.TakeOutOfServiceAsync(assetNo, Today, "送修");
        await Host.RunRecallScanAsync();

        var (piece, listed) = await ShownAsync(data.Quality, assetNo);
        Assert.Multiple(() =>
        {
            Assert.That(piece.GetProperty("status").GetString(), Is.EqualTo("OutOfService"));
            Assert.That(piece.GetProperty("statusReason").GetString(), Is.EqualTo("送修"));
            Assert.That(piece.GetProperty("outOfServiceCause").GetString(), Is.EqualTo("Other"));
            Assert.That(listed.GetProperty("outOfServiceCause").GetString(), Is.EqualTo("Other"));
        });
    }

    [Test]
    public async Task Equipment_in_service_before_the_scan_or_back_after_recalibration_shows_a_null_cause()
    {
        var (data, assetNo) = await ExpiredWeightSetAsync();
        var (inService, _) = await ShownAsync(data.Quality, assetNo);
        await Host.RunRecallScanAsync();

        var recalibrated = await Expect.JsonAsync(await data.CalibrateAsync(assetNo, Today, Today.AddYears(1)), 201);

        var (piece, listed) = await ShownAsync(data.Quality, assetNo);
        Assert.Multiple(() =>
        {
            Assert.That(inService.GetProperty("outOfServiceCause").ValueKind, Is.EqualTo(JsonValueKind.Null), "in service before the scan");
            Assert.That(recalibrated.GetProperty("status").GetString(), Is.EqualTo("InService"));
            Assert.That(recalibrated.GetProperty("outOfServiceCause").ValueKind, Is.EqualTo(JsonValueKind.Null), "the calibration's answer");
            Assert.That(piece.GetProperty("outOfServiceCause").ValueKind, Is.EqualTo(JsonValueKind.Null), "GET /api/equipment/{assetNo}");
            Assert.That(listed.GetProperty("outOfServiceCause").ValueKind, Is.EqualTo(JsonValueKind.Null), "GET /api/equipment");
        });
    }

    /// <summary>A weight set still in service whose only calibration expired yesterday.</summary>
    private async Task<(StandardsData Data, string AssetNo)> ExpiredWeightSetAsync()
    {
        var data = await new StandardsData(Host).ArrangeAsync();
        var assetNo = await data.WeightSetAsync();
        await Expect.StatusAsync(await data.CalibrateAsync(assetNo, Today.AddYears(-1).AddDays(-1), Today.AddDays(-1)), 201);
        return (data, assetNo);
    }

    /// <summary>The piece as <c>GET /api/equipment/{assetNo}</c> and as <c>GET /api/equipment?query=</c> show it.</summary>
    private static async Task<(JsonElement Piece, JsonElement Listed)> ShownAsync(HttpClient reader, string assetNo)
    {
        var piece = await Expect.JsonAsync(await reader.GetAsync($"/api/equipment/{assetNo}"), 200);
        var list = await Expect.JsonAsync(await reader.GetAsync($"/api/equipment?query={assetNo}"), 200);
        return (piece, list.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("assetNo").GetString() == assetNo));
    }
}
