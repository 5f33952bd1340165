package id.go.bps.pst.document.domain;

import java.io.InputStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.go.bps.pst.document.DocumentKind;
import id.go.bps.pst.document.NewFile;

/**
 * Stores an upload: content streamed to a synced temporary file (size limit checked while it streams), type read
 * from the bytes, atomic rename, then the metadata. A transaction that fails after the rename deletes the file, so
 * neither a row without content nor content without a row stays behind.
 */
@Service
public class Uploads {

    private final DocumentRecordRepository records;
    private final FileStore files;
    private final ContentTypes types;
    private final UploadRules rules;

    public Uploads(DocumentRecordRepository records, FileStore files, ContentTypes types, UploadRules rules) {
        this.records = records;
        this.files = files;
        this.types = types;
        this.rules = rules;
    }

    public DocumentRecord store(NewFile file, InputStream content) {
        String requestNumber = RequestNumbers.require(file.requestNumber());
        DocumentKind kind = file.kind();
        rules.checkUploader(kind, file.uploadedBy().kind());
        String name = FileNames.sanitise(file.fileName());
        StagedFile staged = files.stage(requestNumber, content, rules.maxBytes(kind), () -> rules.tooLarge(kind));
        String contentType;
        String key;
        try {
            if (staged.sizeBytes() == 0) {
                throw rules.empty(kind);
            }
            contentType = types.detect(staged.path(), name);
            rules.checkType(kind, contentType);
            key = files.commit(staged);
        } catch (RuntimeException e) {
            files.discard(staged);
            throw e;
        }
        return record(file, name, contentType, staged, key);
    }

    private DocumentRecord record(NewFile file, String name, String contentType, StagedFile staged, String key) {
        deleteOnRollback(key);
        try {
            DocumentRecord record = records.save(DocumentRecord.upload(file.requestNumber(), file.kind(), name,
                    contentType, staged, key, file.uploadedBy(), Now.instant()));
            records.supersedeOlder(record);
            return record;
        } catch (RuntimeException e) {
            files.delete(key);
            throw e;
        }
    }

    private void deleteOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        files.delete(key);
                    }
                }
            });
        }
    }
}
