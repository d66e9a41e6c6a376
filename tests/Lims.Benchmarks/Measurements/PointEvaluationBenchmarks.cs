using BenchmarkDotNet.Attributes;
using Lims.Application.Features.WorkOrders;
using Lims.Domain.Intake;
using Lims.Domain.Measurements;
using Lims.Domain.ProcedureTemplates;

namespace Lims.Benchmarks.Measurements;

/// <summary>
/// One point's evaluation as the technician's worksheet does it while the readings are typed
/// (<see cref="PointEvaluator.Evaluate"/>): the ½ Max point of a class III 15 kg / 5 g scale by the
/// shipped JJG 539-2016 template, three readings, its budget (the weights' U/k from the calibration
/// certificate, the change-point resolution), JJF 1094 with 95 % coverage by Welch–Satterthwaite.
/// The baseline is the same point with one reading and no coverage search (k = 2), the least an
/// evaluation does.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PointEvaluationBenchmarks
{
    private MeasurementPoint _point = null!;
    private MeasurementPoint _single = null!;
    private EvaluationMethod _method = null!;
    private EvaluationMethod _kTwo = null!;

    [GlobalSetup]
    public void Setup()
    {
        var template = ShippedTemplates.DigitalScale;
        var parameters = new InstrumentParameters(new Dictionary<string, string> { ["max"] = "15", ["e"] = "0.005", ["class"] = "III" });
        var weighing = Worksheet.For(template, parameters).Items.Single(i => i.Code == "weighing");
        var half = weighing.Points.Single(p => p.Nominal == 7.5m);
        var budget = BudgetTemplate.Components(template, parameters, StatedUncertainty.Read("0.38 g (k=2)", template.Unit));
        _point = new MeasurementPoint(template.Quantity, template.Unit, half.Nominal, [7.500m, 7.505m, 7.500m], half.Mpe, budget);
        _single = _point with { Readings = [7.500m] };
        _method = WorksheetQueries.MethodOf(ServiceKind.Verification, template.Method);
        _kTwo = _method with { Coverage = Coverage.K2 };
    }

    [Benchmark(Baseline = true)]
    public PointResult OneReadingKTwo() => PointEvaluator.Evaluate(_single, _kTwo);

    [Benchmark]
    public PointResult TemplatePoint() => PointEvaluator.Evaluate(_point, _method);
}
