using Lims.Application.Features.Users;

namespace Lims.Application.Features.Auth;

public interface ITokenIssuer
{
    TokenResponse Issue(UserResponse user);
}
