package dev.plumbline.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;

/** Reads a Parquet file with parquet-java, an implementation independent of the DuckDB writer. */
final class ParquetReadBack {
    final MessageType schema;
    final List<Group> rows;

    private ParquetReadBack(MessageType schema, List<Group> rows) {
        this.schema = schema;
        this.rows = rows;
    }

    static ParquetReadBack read(Path file) throws IOException {
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            List<Group> rows = new ArrayList<>();
            for (PageReadStore pages = reader.readNextRowGroup(); pages != null; pages = reader.readNextRowGroup()) {
                RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                        .getRecordReader(pages, new GroupRecordConverter(schema));
                for (long i = 0; i < pages.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
            return new ParquetReadBack(schema, rows);
        }
    }

    /** The messages of a conversational column in one row, as "role: content" strings. */
    static List<String> messages(Group row, String column) {
        List<String> messages = new ArrayList<>();
        Group list = row.getGroup(column, 0);
        for (int i = 0; i < list.getFieldRepetitionCount("list"); i++) {
            Group element = list.getGroup("list", i).getGroup("element", 0);
            messages.add(element.getString("role", 0) + ": " + element.getString("content", 0));
        }
        return messages;
    }
}
