namespace Lims.Infrastructure.Certificates;

/// <summary>Every fixed bilingual label the certificate prints, in one place.</summary>
internal static class Labels
{
    public static readonly BilingualLabel CertificateNo = new("证书编号", "Certificate No.");
    public static readonly BilingualLabel Authorization = new("计量授权证书号", "Authorization No.");
    public static readonly BilingualLabel Accreditation = new("CNAS 认可证书号", "CNAS accreditation No.");
    public static readonly BilingualLabel Address = new("地址", "Address");
    public static readonly BilingualLabel Postcode = new("邮编", "Postcode");
    public static readonly BilingualLabel Telephone = new("电话", "Telephone");
    public static readonly BilingualLabel Customer = new("送检单位", "Customer");
    public static readonly BilingualLabel CustomerAddress = new("单位地址", "Customer address");
    public static readonly BilingualLabel Instrument = new("器具名称", "Instrument");
    public static readonly BilingualLabel Manufacturer = new("制造单位", "Manufacturer");
    public static readonly BilingualLabel Model = new("型号规格", "Model");
    public static readonly BilingualLabel SerialNo = new("出厂编号", "Serial No.");
    public static readonly BilingualLabel Range = new("测量范围", "Measuring range");
    public static readonly BilingualLabel AccuracyClass = new("准确度等级", "Accuracy class");
    public static readonly BilingualLabel Condition = new("收样时状态", "Condition on receipt");
    public static readonly BilingualLabel ReceivedOn = new("收样日期", "Date of receipt");
    public static readonly BilingualLabel IssuedOn = new("发布日期", "Date of issue");
    public static readonly BilingualLabel Environment = new("环境条件", "Environmental conditions");
    public static readonly BilingualLabel Temperature = new("温度", "Temperature");
    public static readonly BilingualLabel Humidity = new("相对湿度", "Relative humidity");
    public static readonly BilingualLabel Location = new("地点", "Location");
    public static readonly BilingualLabel Equipment = new("所用计量标准器及溯源", "Equipment used and traceability");
    public static readonly BilingualLabel Conclusions = new("结论", "Conclusion");
    public static readonly BilingualLabel Notes = new("判定规则与说明", "Decision rule and notes");
    public static readonly BilingualLabel Item = new("项目", "Item");
    public static readonly BilingualLabel Result = new("结果", "Result");
    public static readonly BilingualLabel Verdict = new("判定", "Verdict");
    public static readonly BilingualLabel DecisionRule = new("判定规则", "Decision rule");
    public static readonly BilingualLabel Conclusion = new("结论", "Conclusion");
    public static readonly BilingualLabel ValidUntil = new("检定有效期至", "Valid until");
    public static readonly BilingualLabel Recalibration = new("建议复校日期", "Recommended recalibration date");
    public static readonly BilingualLabel Remarks = new("备注", "Remarks");
    public static readonly BilingualLabel Reviewer = new("核验员", "Checked by");
    public static readonly BilingualLabel Approver = new("批准人", "Approved by");
    public static readonly BilingualLabel VerificationCode = new("验证码", "Verification code");
    public static readonly BilingualLabel Replaces = new("本证书替代", "This certificate replaces");
    public static readonly BilingualLabel AmendmentReason = new("更正原因", "Reason for amendment");

    public static readonly BilingualLabel ItemOnly = new("本证书结果仅对所检/校器具有效", "/ The results relate only to the item calibrated/verified.");
    public static readonly BilingualLabel NoPartialCopy = new("未经本机构书面批准，不得部分复制本证书", "/ Not to be reproduced except in full without written approval.");

    public static readonly BilingualLabel Traceability = new(
        "溯源性声明：以上标准器的量值溯源至国家计量基准，其校准证书及计量标准考核证书在测量之日均有效。",
        "Traceability: the equipment above is traceable to the national primary standards of the People's Republic of China; its calibrations and the standards' assessment certificates were valid on the date of measurement.");
}
