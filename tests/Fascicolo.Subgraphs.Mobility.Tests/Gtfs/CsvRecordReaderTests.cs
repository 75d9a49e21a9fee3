using Fascicolo.Subgraphs.Mobility.Gtfs;

namespace Fascicolo.Subgraphs.Mobility.Tests.Gtfs;

/// <summary>The RFC 4180 reader under the GTFS reader: quoting, line ends, BOM, blank lines, malformed input.</summary>
public sealed class CsvRecordReaderTests
{
    [Fact]
    public void Read_Should_SplitFieldsAndKeepEmptyOnes_When_TheRecordsAreUnquoted()
    {
        var records = ReadAll("a,b,c\r\n1,,3\r\n");

        Assert.Equal([["a", "b", "c"], ["1", "", "3"]], records);
    }

    [Fact]
    public void Read_Should_KeepCommasQuotesAndLineBreaks_When_FieldsAreQuoted()
    {
        var records = ReadAll("name,desc\n\"De Ferrari, metro\",\"said \"\"hi\"\"\nthen left\"\nx,y\n");

        Assert.Equal(["De Ferrari, metro", "said \"hi\"\nthen left"], records[1]);
        Assert.Equal(["x", "y"], records[2]);
    }

    [Fact]
    public void Read_Should_ReportTheLineEachRecordStartsOn_When_AQuotedFieldSpansLines()
    {
        var reader = new CsvRecordReader(new StringReader("h1,h2\r\n\"multi\r\nline\",2\r\n\r\nlast,3"), "x.txt");
        var fields = new List<string>();
        var lines = new List<int>();

        while (reader.TryRead(fields))
        {
            lines.Add(reader.RecordLine);
        }

        // The header on 1, the two-line record on 2, a blank line 4 skipped, the last record on 5.
        Assert.Equal([1, 2, 5], lines);
    }

    [Fact]
    public void Read_Should_SkipTheByteOrderMark_When_TheFileStartsWithOne()
    {
        var records = ReadAll("\uFEFFstop_id,stop_name\nS1,Brignole\n");

        Assert.Equal("stop_id", records[0][0]);
    }

    [Theory]
    [InlineData("a,b\nc,d")]
    [InlineData("a,b\rc,d\r")]
    [InlineData("a,b\r\nc,d\r\n\r\n\n")]
    public void Read_Should_AcceptEveryLineEnding_When_TheLastLineHasOneOrNot(string text)
    {
        Assert.Equal([["a", "b"], ["c", "d"]], ReadAll(text));
    }

    [Fact]
    public void Read_Should_KeepAQuoteAsText_When_ItIsInsideAnUnquotedField()
    {
        Assert.Equal(["Piazza \"Dante\"", "x"], ReadAll("Piazza \"Dante\",x\n")[0]);
    }

    [Fact]
    public void Read_Should_FailWithMalformedCsvAndTheStartLine_When_AQuoteIsNeverClosed()
    {
        var error = Assert.Throws<GtfsFeedException>(() => ReadAll("a,b\n1,\"open\nstill open\n"));

        Assert.Equal(GtfsErrorCodes.MalformedCsv, error.Code);
        Assert.Equal("x.txt", error.FileName);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Read_Should_FailWithMalformedCsv_When_TextFollowsAClosingQuote()
    {
        var error = Assert.Throws<GtfsFeedException>(() => ReadAll("a,b\n\"x\"y,2\n"));

        Assert.Equal(GtfsErrorCodes.MalformedCsv, error.Code);
        Assert.Equal(2, error.Line);
    }

    private static List<List<string>> ReadAll(string text)
    {
        var reader = new CsvRecordReader(new StringReader(text), "x.txt");
        var records = new List<List<string>>();
        var fields = new List<string>();
        while (reader.TryRead(fields))
        {
            records.Add([.. fields]);
        }
        return records;
    }
}
