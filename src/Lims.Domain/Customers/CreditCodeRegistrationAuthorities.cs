namespace Lims.Domain.Customers;

/// <summary>
/// The registration authorities (登记管理部门代码, character 1) of a unified social credit code and
/// the entity types (机构类别代码, character 2) each of them issues.
/// </summary>
/// <remarks>
/// Source: GB 32100-2015 Annex tables "登记管理部门代码" and "机构类别代码" (codes 1-9 and Y), written
/// down from the standard as we know it, and the two authorities allocated after its publication
/// and used in issued codes: A (中央军委改革和编制办公室, military public institutions) and N (农业农村,
/// rural collective economic organisations). Not checked against the official text in this
/// repository; cross-checked only against several independent public code tables. If a real code
/// from a valid licence is refused here, this table is the first suspect.
/// </remarks>
internal static class CreditCodeRegistrationAuthorities
{
    /// <summary>Every registration authority code, for messages.</summary>
    public const string AllCodes = "1, 2, 3, 4, 5, 6, 7, 8, 9, A, N or Y";

    /// <summary>The authority's name and the entity-type characters it issues, or null when unknown.</summary>
    public static (string Name, string EntityTypes, string EntityTypeNames)? Find(char code) => code switch
    {
        '1' => ("the establishment administration (机构编制)", "1239",
            "1 government body (机关), 2 public institution (事业单位), "
            + "3 mass organisation under the central establishment office (中央编办直接管理机构编制的群众团体) or 9 other (其他)"),
        '2' => ("foreign affairs (外交)", "19",
            "1 resident foreign news agency (外国常驻新闻机构) or 9 other (其他)"),
        '3' => ("justice administration (司法行政)", "123459",
            "1 law firm (律师执业机构), 2 notary office (公证处), 3 grass-roots legal service (基层法律服务所), "
            + "4 forensic appraisal institution (司法鉴定机构), 5 arbitration commission (仲裁委员会) or 9 other (其他)"),
        '4' => ("culture (文化)", "19",
            "1 foreign cultural centre in China (外国在华文化中心) or 9 other (其他)"),
        '5' => ("civil affairs (民政)", "1239",
            "1 social organisation (社会团体), 2 private non-enterprise unit (民办非企业单位), 3 foundation (基金会) "
            + "or 9 other (其他)"),
        '6' => ("tourism (旅游)", "129",
            "1 resident office of a foreign tourism authority (外国旅游部门常驻代表机构), "
            + "2 resident office of a Hong Kong, Macao or Taiwan tourism authority (港澳台地区旅游部门常驻内地（大陆）代表机构) "
            + "or 9 other (其他)"),
        '7' => ("religious affairs (宗教)", "129",
            "1 place of religious activity (宗教活动场所), 2 religious college (宗教院校) or 9 other (其他)"),
        '8' => ("the trade unions (工会)", "19",
            "1 grass-roots trade union (基层工会) or 9 other (其他)"),
        '9' => ("market regulation (工商/市场监管)", "123",
            "1 enterprise (企业), 2 individual business (个体工商户) or 3 farmers' cooperative (农民专业合作社)"),
        'A' => ("the Central Military Commission's establishment office (中央军委改革和编制办公室)", "19",
            "1 military public institution (军队事业单位) or 9 other (其他)"),
        'N' => ("agriculture and rural affairs (农业农村)", "1239",
            "1 group-level (组级), 2 village-level (村级) or 3 township-level (乡镇级) rural collective economic "
            + "organisation (集体经济组织), or 9 other (其他)"),
        'Y' => ("other authorities (其他)", "1", "1"),
        _ => null,
    };
}
