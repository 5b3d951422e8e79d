using Committee.Import;

namespace Committee.Tests.Import;

/// <summary>A title printed in capitals keeps the capitals of the names the council and the paper write elsewhere.</summary>
public sealed class SentenceCaseNamesTests
{
    private static readonly string[] Text =
    [
        "Planning for the new school began in 2021.",
        "The school at Llanystumdwy will move to the A497 site, and planning permission is sought.",
        "Pupils from Llanystumdwy and Pentrefelin attend it. Report of the Head of Education.",
    ];

    [Theory]
    [InlineData("NEW SCHOOL IN LLANYSTUMDWY", "New school in Llanystumdwy")] // capitalised mid-sentence in the text
    [InlineData("PLANNING FOR THE SCHOOL", "Planning for the school")] // written in lower case too: an ordinary word
    [InlineData("PUPILS REPORT", "Pupils report")] // capitalised only where a line or a sentence starts
    [InlineData("A REPORT OF THE HEAD OF EDUCATION", "A report of the Head of Education")] // a post, capitalised mid-sentence
    [InlineData("SCHOOL TRANSPORT IN CASTLE HILL", "School transport in Castle Hill")] // a ward of the council
    [InlineData("SCHOOL TRANSPORT IN PENTREFELIN", "School transport in Pentrefelin")]
    public void Names_keep_their_capitals(string title, string expected) =>
        Assert.Equal(expected, SentenceCase.Of(title, SentenceCase.Names(["Castle Hill", "Abbey"], Text)));

    [Fact]
    public void Without_names_every_word_but_the_first_is_lower_case() =>
        Assert.Equal("New school in llanystumdwy", SentenceCase.Of("NEW SCHOOL IN LLANYSTUMDWY"));
}
