using Lims.Application.Abstractions;
using Lims.Application.Abstractions.Imports;
using Lims.Application.Common;
using Lims.Application.Features.Users;

namespace Lims.Application.Features.Imports;

/// <summary>
/// The staff's accounts: each row a <see cref="UserRequest"/> created by <see cref="UserHandler"/>,
/// with its rules (user names, roles, the password policy: 12 characters or more, not containing the
/// user name, not a common password) and its reach (a county administrator creates users of the
/// county laboratory only). The laboratory left empty is the importer's own. Roles may be written in
/// Chinese. An imported password was written in a file, so its user must change it at the first
/// sign-in. A user already registered in the same laboratory is unchanged.
/// </summary>
public sealed class UserImport(ICurrentUser user, UserHandler users, IUserAccounts accounts, HandlerRow handlerRow) : IRowImport
{
    private static readonly Dictionary<string, string> FieldOfCode = new(StringComparer.Ordinal)
    {
        ["duplicate-user"] = "userName",
        ["unknown-laboratory"] = "laboratoryCode",
        [UserRules.OtherLaboratory] = "laboratoryCode",
    };

    public string Kind => "users";

    public string SheetName => "用户";

    public bool ChecksByWriting => true;

    public IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("userName", "用户名", true, "tech.wang", "登录名：2 至 64 个字母、数字、'.'、'_'、'@' 或 '-'", "登录名", "账号"),
        new("displayName", "姓名", true, "王建国", "至多 100 字"),
        new("roles", "角色", true, "检定员；核验员", "系统管理员、收样员、检定员、核验员、批准人、质量负责人，多个以分号或顿号隔开"),
        new("laboratoryCode", "所属实验室", false, "JM", "空：导入者所在实验室；县级实验室的管理员只能导入本实验室的用户", "实验室"),
        new("email", "电子邮箱", false, "wang@example.cn", "可空", "邮箱"),
        new("password", "初始密码", true, "Jm-Bench-2026-wang", "至少 12 个字符，不含用户名，不是常见密码；首次登录后须修改", "密码"),
    ];

    public async Task ImportAsync(ColumnMap map, IEnumerable<ImportRow> rows, ImportProgress progress, bool write, CancellationToken ct)
    {
        foreach (var row in rows)
        {
            var cells = new RowCells(row, map);
            var request = new UserRequest(cells.Text("userName"), cells.Text("displayName"), cells.Text("password"),
                cells.List("roles")?.Select(ImportLabels.Role).ToList(), cells.Text("laboratoryCode") ?? user.LaboratoryCode, cells.Text("email"));
            cells.Refuse(await RequestValidation.FailuresOfAsync(request, ct), property => property);
            if (cells.HasProblems)
            {
                progress.Refuse(cells.Problems);
                continue;
            }

            var registered = request.UserName is { Length: > 0 } name ? await accounts.FindAsync(name, ct) : null;
            if (registered is not null && registered.LaboratoryCode == request.LaboratoryCode)
            {
                progress.KeepUnchanged();
            }
            else if (await handlerRow.TryAsync(cells, async token =>
                     {
                         await users.CreateAsync(request, token);
                         await accounts.RequirePasswordChangeAsync(request.UserName!, token);
                     }, property => property, code => FieldOfCode.GetValueOrDefault(code, "userName"), ct))
            {
                progress.Accept();
            }
            else
            {
                progress.Refuse(cells.Problems);
            }
        }
    }
}
