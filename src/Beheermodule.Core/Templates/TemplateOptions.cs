using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Templates;

public sealed class TemplateOptions
{
    public const string Section = "Templates";

    /// <summary>Folder with email/ and pdf/; relative paths are taken from the application's base directory.</summary>
    [Required(ErrorMessage = "Templates:Path is required.")]
    public string Path { get; set; } = "templates";

    public string ResolvedPath => System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
