using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Committee.Parse;

/// <summary>
/// Reads the front matter nearly every paper has, one <c>field: value</c> line after another, without
/// YamlDotNet's scanner and parser (which <see cref="YamlText"/> runs twice: once to refuse anchors, once to load).
/// Those were a large part of a validate of many reports, much of it compiling and warming up the parser, and this
/// reader is much faster than they are even when they are warm (figures: docs/performance.md, 'Front matter's
/// ordinary field: value lines are read directly'; tests/bench/Committee.Benchmarks).
/// </summary>
/// <remarks>
/// It accepts only a narrow form it can read exactly as YamlDotNet does. Each line is empty, a comment starting
/// in the first column, or <c>field: value</c> with the field (up to 64 letters, digits, '-' and '_') in the
/// first column. The value is plain text with no <c>#</c>, <c>:</c>, tab or bracket that does not start with a
/// YAML indicator; a single- or double-quoted string with no quote or escape inside; or a flow list of plain
/// words such as <c>[abbey, harbour]</c>. No field comes twice, and every character is printable. Anything else
/// (block lists, continued lines, anchors, tags, errors) returns null and is read by YamlDotNet as before, so
/// every finding about odd YAML is unchanged. The mapping is built by YamlDotNet's own loader from the events
/// its parser would have produced, with the same marks, so lines and columns in findings are unchanged too.
/// (Checked against YamlDotNet on every demo, test and generated report and on 600,000 random front matters:
/// the same nodes, values, styles and marks wherever this reader accepts the text.)
/// </remarks>
internal static class FlatYaml
{
    /// <summary>The mapping, or null when the text is not in the flat form (or is empty).</summary>
    public static YamlMappingNode? TryLoad(string text)
    {
        var events = new List<ParsingEvent>(48);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var line = 1;
        var at = 0;
        while (at <= text.Length)
        {
            var newline = text.IndexOf('\n', at);
            var end = newline < 0 ? text.Length : newline;
            // A '\r' ends a line only just before its '\n' (or at the very end); anywhere else YAML reads it as a line break too.
            var content = end > at && text[end - 1] == '\r' ? end - 1 : end;
            if (!ReadLine(text, at, content, line, events, keys)) return null;
            if (newline < 0) break;
            at = newline + 1;
            line++;
        }
        if (keys.Count == 0) return null;

        // YamlDotNet's scanner ends the stream on a fresh line: one past the last, unless the text already ends with a break.
        var lastIsBreak = text.Length > 0 && text[^1] is '\n' or '\r';
        var streamEnd = new Mark(text.Length, lastIsBreak ? line : line + 1, 1);
        var first = ((Scalar)events[0]).Start;
        var start = new Mark(0, 1, 1);
        var all = new List<ParsingEvent>(events.Count + 6)
        {
            new StreamStart(start, start),
            new DocumentStart(null, null, true, start, start),
            new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, first, first),
        };
        all.AddRange(events);
        all.Add(new MappingEnd(streamEnd, streamEnd));
        all.Add(new DocumentEnd(true, streamEnd, streamEnd));
        all.Add(new StreamEnd(streamEnd, streamEnd));

        var stream = new YamlStream();
        stream.Load(new EventList(all));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary>Adds the events of one line (from <paramref name="from"/> to <paramref name="to"/>); false when it is not in the flat form.</summary>
    private static bool ReadLine(string text, int from, int to, int line, List<ParsingEvent> events, HashSet<string> keys)
    {
        for (var i = from; i < to; i++)
        {
            if (!IsPrintable(text[i])) return false;
        }
        if (from == to) return true;
        if (text[from] == '#') return true;

        var colon = from;
        while (colon < to && IsKeyChar(text[colon])) colon++;
        // YAML refuses a key over 1,024 characters; a field name is a word or two, so anything long goes the long way.
        if (colon == from || colon - from > 64 || !char.IsAsciiLetter(text[from]) || colon + 1 >= to || text[colon] != ':' || text[colon + 1] != ' ') return false;
        var key = text[from..colon];
        if (!keys.Add(key)) return false;
        events.Add(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, true, false,
            MarkAt(from, from, line), MarkAt(colon, from, line), true));

        var start = colon + 1;
        while (start < to && text[start] == ' ') start++;
        var end = to;
        while (end > start && text[end - 1] == ' ') end--;
        if (start == end) return false;

        return text[start] switch
        {
            '"' or '\'' => Quoted(text, start, end, from, line, events),
            '[' => FlowList(text, start, end, from, line, events),
            _ => Plain(text, start, end, from, line, events),
        };
    }

    private static bool Quoted(string text, int start, int end, int lineStart, int line, List<ParsingEvent> events)
    {
        var quote = text[start];
        if (end - start < 2 || text[end - 1] != quote) return false;
        var inner = text.AsSpan(start + 1, end - start - 2);
        if (inner.Contains(quote) || (quote == '"' && inner.Contains('\\'))) return false;
        events.Add(new Scalar(AnchorName.Empty, TagName.Empty, inner.ToString(),
            quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted, false, true,
            MarkAt(start, lineStart, line), MarkAt(end, lineStart, line), false));
        return true;
    }

    private static bool Plain(string text, int start, int end, int lineStart, int line, List<ParsingEvent> events)
    {
        if (IsIndicator(text[start])) return false;
        foreach (var ch in text.AsSpan(start, end - start))
        {
            if (ch is '#' or ':' or '[' or ']' or '{' or '}') return false;
        }
        events.Add(new Scalar(AnchorName.Empty, TagName.Empty, text[start..end], ScalarStyle.Plain, true, false,
            MarkAt(start, lineStart, line), MarkAt(end, lineStart, line), false));
        return true;
    }

    /// <summary>"[abbey, harbour]": words of letters, digits, '-', '_', '.' and inner spaces; "[]" is an empty list.</summary>
    private static bool FlowList(string text, int start, int end, int lineStart, int line, List<ParsingEvent> events)
    {
        if (text[end - 1] != ']') return false;
        var items = new List<ParsingEvent>();
        var close = end - 1;
        var at = start + 1;
        while (at < close && text[at] == ' ') at++;
        if (at < close)
        {
            while (true)
            {
                var itemEnd = at;
                while (itemEnd < close && text[itemEnd] != ',') itemEnd++;
                var last = itemEnd;
                while (last > at && text[last - 1] == ' ') last--;
                if (last == at || !char.IsAsciiLetterOrDigit(text[at])) return false;
                for (var i = at; i < last; i++)
                {
                    if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_' or '.' or ' ')) return false;
                }
                items.Add(new Scalar(AnchorName.Empty, TagName.Empty, text[at..last], ScalarStyle.Plain, true, false,
                    MarkAt(at, lineStart, line), MarkAt(last, lineStart, line), false));
                if (itemEnd == close) break;
                at = itemEnd + 1;
                while (at < close && text[at] == ' ') at++;
            }
        }
        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow,
            MarkAt(start, lineStart, line), MarkAt(start, lineStart, line)));
        events.AddRange(items);
        events.Add(new SequenceEnd(MarkAt(close, lineStart, line), MarkAt(close, lineStart, line)));
        return true;
    }

    private static Mark MarkAt(int index, int lineStart, int line) => new(index, line, index - lineStart + 1);

    private static bool IsKeyChar(char ch) => char.IsAsciiLetterOrDigit(ch) || ch is '_' or '-';

    /// <summary>The characters that start something other than plain text in YAML.</summary>
    private static bool IsIndicator(char ch) => ch is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`';

    /// <summary>Printable, not a tab, and not a character YAML reads as a line break or a byte order mark.</summary>
    private static bool IsPrintable(char ch) =>
        ch is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF' and not '\u2028' and not '\u2029') or (>= '\uE000' and <= '\uFFFD' and not '\uFEFF');

    /// <summary>Hands YamlDotNet's loader a list of events, as its parser would.</summary>
    private sealed class EventList(List<ParsingEvent> events) : IParser
    {
        private int next;

        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            if (next >= events.Count)
            {
                Current = null;
                return false;
            }
            Current = events[next++];
            return true;
        }
    }
}
