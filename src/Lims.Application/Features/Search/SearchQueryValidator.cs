using FluentValidation;
using Lims.Application.Common;

namespace Lims.Application.Features.Search;

public sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator() => RuleFor(x => x.Q).RequiredText(200);
}
