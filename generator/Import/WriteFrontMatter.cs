using System.Text;

namespace Committee.Import;

/// <summary>Writes front matter as the fixtures do: one "field: value" a line, text in double quotes so no value is read as YAML syntax.</summary>
public static class WriteFrontMatter
{
    public static string Of(IEnumerable<(string Field, string Value, bool Quote)> fields)
    {
        var text = new StringBuilder("---\n");
        foreach (var (field, value, quote) in fields) text.Append(field).Append(": ").Append(quote ? Quoted(value) : value).Append('\n');
        return text.Append("---\n").ToString();
    }

    public static string Quoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
