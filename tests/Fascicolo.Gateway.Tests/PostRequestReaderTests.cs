using System.Buffers;
using System.Text;
using Fascicolo.Gateway.Documents;
using Fascicolo.Gateway.Http;

namespace Fascicolo.Gateway.Tests;

public sealed class PostRequestReaderTests
{
    [Fact]
    public void Parse_Should_KeepTheVariables_When_TheBodyBufferIsReusedAfterReading()
    {
        var body = Encoding.UTF8.GetBytes("""{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":"first"}}""");
        using var request = PostRequestReader.Parse(new ReadOnlySequence<byte>(body), new DocumentCache(16));

        // Once a body is consumed, Kestrel hands the pipe's memory to the next request.
        Array.Fill(body, (byte)'x');

        Assert.Equal("first", request.Variables!.RootElement.GetProperty("id").GetString());
    }
}
