// Courseware attachments of a course (optional): uploaded files (PDF, Office, images through
// POST /uploads) or links. A controlled list for the course form; files download with the bearer
// token (GET /files/:id) under the attachment's name.
import { useState } from 'react';
import { App, Button, Input, List, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { UPLOAD_CONTENT_TYPES } from '@pinzhi/domain';
import { fileBlobUrl, uploadFile, UploadError } from '../inspections/uploads';

export interface AttachmentValue {
  name: string;
  url?: string | null;
  fileId?: string | null;
  file?: { url: string; contentType: string; bytes: number } | null;
}

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Saves a stored file under `name` (fetched with the bearer token). */
export async function downloadAttachment(url: string, name: string): Promise<void> {
  const href = await fileBlobUrl(url);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.click();
}

export function AttachmentLink({ a }: { a: AttachmentValue }) {
  const { message } = App.useApp();
  const { t } = useTranslation();
  if (a.url) {
    return (
      <Typography.Link href={a.url} target="_blank" rel="noreferrer" data-testid="attachment-link">
        <LinkOutlined /> {a.name}
      </Typography.Link>
    );
  }
  if (!a.file) return <span>{a.name}</span>;
  return (
    <Typography.Link
      onClick={() =>
        void downloadAttachment(a.file!.url, a.name).catch(() => message.error(t('training.courses.attachments.downloadFailed')))
      }
      data-testid="attachment-download"
    >
      <PaperClipOutlined /> {a.name} <Typography.Text type="secondary">({kb(a.file.bytes)})</Typography.Text>
    </Typography.Link>
  );
}

export function CourseAttachmentsField({
  value = [],
  onChange,
  disabled,
}: {
  value?: AttachmentValue[];
  onChange?: (v: AttachmentValue[]) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<number | null>(null);
  const [link, setLink] = useState({ name: '', url: '' });
  const set = (v: AttachmentValue[]) => onChange?.(v);

  const upload = async (file: File) => {
    setUploading(0);
    try {
      const stored = await uploadFile(file, setUploading, UPLOAD_CONTENT_TYPES);
      set([
        ...value,
        { name: file.name, fileId: stored.id, url: null, file: { url: stored.url, contentType: stored.contentType, bytes: stored.bytes } },
      ]);
    } catch (e) {
      const code = e instanceof UploadError ? e.code : 'FAILED';
      void message.error(
        t(`training.courses.attachments.errors.${code === 'PAYLOAD_TOO_LARGE' || code === 'UNSUPPORTED_MEDIA_TYPE' ? code : 'FAILED'}`),
      );
    } finally {
      setUploading(null);
    }
  };

  return (
    <div data-testid="course-attachments">
      <List
        size="small"
        dataSource={value}
        locale={{ emptyText: t('training.courses.attachments.none') }}
        renderItem={(a, i) => (
          <List.Item
            data-testid="attachment-row"
            actions={
              disabled
                ? []
                : [
                    <Button
                      key="rm"
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('training.courses.attachments.remove')}
                      onClick={() => set(value.filter((_, k) => k !== i))}
                    />,
                  ]
            }
          >
            <AttachmentLink a={a} />
          </List.Item>
        )}
      />
      {disabled ? null : (
        <Space wrap style={{ marginTop: 8 }}>
          <Upload
            accept={UPLOAD_CONTENT_TYPES.join(',')}
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={uploading !== null} data-testid="attachment-upload">
              {uploading !== null ? `${uploading}%` : t('training.courses.attachments.upload')}
            </Button>
          </Upload>
          <Space.Compact>
            <Input
              placeholder={t('training.courses.attachments.linkName')}
              value={link.name}
              onChange={(e) => setLink({ ...link, name: e.target.value })}
              style={{ width: 140 }}
            />
            <Input
              placeholder="https://…"
              value={link.url}
              onChange={(e) => setLink({ ...link, url: e.target.value })}
              style={{ width: 200 }}
            />
            <Button
              icon={<LinkOutlined />}
              disabled={!link.name.trim() || !/^https?:\/\//i.test(link.url.trim())}
              onClick={() => {
                set([...value, { name: link.name.trim(), url: link.url.trim(), fileId: null, file: null }]);
                setLink({ name: '', url: '' });
              }}
            >
              {t('training.courses.attachments.addLink')}
            </Button>
          </Space.Compact>
        </Space>
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>
        {t('training.courses.attachments.hint')}
      </Typography.Paragraph>
    </div>
  );
}
