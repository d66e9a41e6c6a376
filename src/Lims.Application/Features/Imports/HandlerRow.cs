using FluentValidation;
using Lims.Application.Abstractions;
using Lims.Application.Common;
using Lims.Domain.Common;

namespace Lims.Application.Features.Imports;

/// <summary>
/// One row registered through the handlers a form calls, so every rule of theirs holds (validation,
/// laboratory scope, duplicates, the domain's rules): inside a savepoint of the file's transaction,
/// so a row refused half-way leaves nothing of itself. What the handlers refuse becomes the row's
/// problems, each by its column.
/// </summary>
public sealed class HandlerRow(ILimsDb db)
{
    /// <summary>
    /// Runs <paramref name="register"/> for the row; true when it went through. <paramref name="fieldOfProperty"/>
    /// names the column of a request property, <paramref name="fieldOfCode"/> the column a refusal's code is about.
    /// </summary>
    public async Task<bool> TryAsync(RowCells cells, Func<CancellationToken, Task> register, Func<string, string> fieldOfProperty, Func<string, string> fieldOfCode, CancellationToken ct)
    {
        try
        {
            await db.InTransactionAsync(async token =>
            {
                await register(token);
                return true;
            }, ct);
            return true;
        }
        catch (ValidationException invalid)
        {
            cells.Refuse(invalid.Errors, fieldOfProperty);
        }
        catch (DomainRuleException rule)
        {
            cells.Refuse(fieldOfCode(rule.Code), rule.Code, rule.Message);
        }
        catch (ConflictException conflict)
        {
            cells.Refuse(fieldOfCode(conflict.Code), conflict.Code, conflict.Message);
        }
        catch (ForbiddenException forbidden)
        {
            cells.Refuse(fieldOfCode(forbidden.Code), forbidden.Code, forbidden.Message);
        }
        catch (NotFoundException notFound)
        {
            cells.Refuse(fieldOfCode("not-found"), "not-found", notFound.Message);
        }
        finally
        {
            // What a refused row left tracked was never stored; what an accepted one saved is stored.
            db.ChangeTracker.Clear();
        }

        return false;
    }
}
