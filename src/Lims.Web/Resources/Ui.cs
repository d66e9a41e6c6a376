namespace Lims.Web.Resources;

/// <summary>
/// The interface's texts (<c>IStringLocalizer&lt;Ui&gt;</c>). A text's key is its Chinese wording,
/// shown as is in zh-CN; <c>Ui.en.resx</c> translates each key into English. Keys of the form
/// <c>Type.Value</c> name an enum value and are translated in both files.
/// </summary>
public sealed class Ui;
