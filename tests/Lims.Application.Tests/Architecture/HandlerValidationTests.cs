using System.Reflection;
using System.Runtime.CompilerServices;
using Lims.Application.Common;
using Microsoft.Extensions.DependencyInjection;

namespace Lims.Application.Tests.Architecture;

/// <summary>
/// Every public method of the application's handlers that takes a request with a validator calls
/// <see cref="RequestValidation"/>: validation is the handlers' own step, so no caller (an endpoint,
/// a page, an import) can skip it. Read from the methods' IL, async bodies included.
/// </summary>
public sealed class HandlerValidationTests
{
    private static IEnumerable<MethodInfo> HandlerMethodsTakingValidatedRequests() =>
        new ServiceCollection().AddLimsApplication()
            .Select(d => d.ImplementationType)
            .OfType<Type>()
            .Where(t => t.Namespace?.StartsWith("Lims.Application.Features", StringComparison.Ordinal) == true)
            .Distinct()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetParameters().Any(p => RequestValidation.IsValidated(p.ParameterType)));

    [Test]
    public void Every_handler_method_taking_a_validated_request_validates_it()
    {
        var methods = HandlerMethodsTakingValidatedRequests().ToList();
        Assert.That(methods, Has.Count.GreaterThan(30), "the handlers' methods are found");

        var missing = methods.Where(m => !CallsValidation(m)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        Assert.That(missing, Is.Empty);
    }

    private static bool CallsValidation(MethodInfo method)
    {
        var body = method.GetCustomAttribute<AsyncStateMachineAttribute>()?.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic) ?? method;
        var il = body.GetMethodBody()?.GetILAsByteArray() ?? [];
        for (var i = 0; i + 4 < il.Length; i++)
        {
            // call <token>: the byte 0x28 followed by a method token; a stray 0x28 resolves to nothing.
            if (il[i] == 0x28 && Resolve(body.Module, BitConverter.ToInt32(il, i + 1)) is { Name: "EnsureValidAsync" } called
                && called.DeclaringType == typeof(RequestValidation))
            {
                return true;
            }
        }

        return false;
    }

    private static MethodBase? Resolve(Module module, int token)
    {
        try
        {
            return module.ResolveMethod(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
