// Photos of an item or a rectification: camera/file input, upload with progress, the API's limit
// errors in the user's language, thumbnails read with the bearer token.
import { useContext, useRef, useState } from 'react';
import { App, Button, Image, Progress, Skeleton, Typography, theme } from 'antd';
import { CameraOutlined, CloseOutlined, PictureOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EvidenceRef } from './inspection-form';
import { EvidenceStoreContext, UploadError, useFileUrl } from './uploads';

export function AuthImage({
  url,
  size = 72,
  height,
  fit = 'cover',
  alt,
  testId,
}: {
  url: string;
  size?: number;
  height?: number;
  fit?: 'cover' | 'contain';
  alt?: string;
  testId?: string;
}) {
  const { src, error } = useFileUrl(url);
  const { token } = theme.useToken();
  const box = { width: size, height: height ?? size, borderRadius: token.borderRadius, objectFit: fit };
  if (error)
    return (
      <div
        style={{ ...box, display: 'flex', alignItems: 'center', justifyContent: 'center', background: token.colorFillTertiary }}
        data-testid={testId}
      >
        <PictureOutlined />
      </div>
    );
  if (!src) return <Skeleton.Image active style={box} />;
  return <Image src={src} alt={alt} width={size} height={height ?? size} style={box} data-testid={testId} />;
}

function byteSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function useUploadErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => {
    if (error instanceof UploadError) {
      if (error.code === 'PAYLOAD_TOO_LARGE')
        return error.maxBytes
          ? t('inspections.upload.tooLarge', { size: byteSize(error.maxBytes) })
          : t('inspections.upload.tooLargeNoLimit');
      if (error.code === 'UNSUPPORTED_MEDIA_TYPE') return t('inspections.upload.unsupported');
      if (error.code === 'NETWORK') return t('states.networkError');
    }
    return t('inspections.upload.failed');
  };
}

export function EvidencePhotos({
  value,
  onChange,
  max = 10,
  disabled,
  testId = 'photos',
}: {
  value: EvidenceRef[];
  onChange: (next: EvidenceRef[]) => void;
  max?: number;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorText = useUploadErrorText();
  const store = useContext(EvidenceStoreContext);
  // Keep the latest list for uploads that finish after other edits.
  const latest = useRef(value);
  latest.current = value;

  const pick = async (files: FileList | null) => {
    if (!files?.length) return;
    setError(null);
    const room = max - latest.current.length;
    const chosen = Array.from(files).slice(0, Math.max(0, room));
    if (files.length > room) void message.warning(t('inspections.upload.tooMany', { max }));
    for (const file of chosen) {
      setProgress(0);
      try {
        const stored = await store.add(file, setProgress);
        latest.current = [...latest.current, stored];
        onChange(latest.current);
      } catch (e) {
        setError(errorText(e));
      }
    }
    setProgress(null);
    if (input.current) input.current.value = '';
  };

  return (
    <div data-testid={testId}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
        {value.map((f) => (
          <div key={f.id} style={{ position: 'relative' }} data-testid={`${testId}-thumb`}>
            <AuthImage url={f.url} />
            {disabled ? null : (
              <Button
                size="small"
                shape="circle"
                icon={<CloseOutlined />}
                aria-label={t('inspections.upload.remove')}
                onClick={() => onChange(value.filter((x) => x.id !== f.id))}
                style={{ position: 'absolute', top: -8, right: -8 }}
              />
            )}
          </div>
        ))}
        {value.length < max && !disabled ? (
          <label
            style={{
              width: 72,
              height: 72,
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              gap: 2,
              border: `1px dashed ${token.colorBorder}`,
              borderRadius: token.borderRadius,
              cursor: progress === null ? 'pointer' : 'progress',
              fontSize: 12,
              color: token.colorTextSecondary,
            }}
          >
            <CameraOutlined style={{ fontSize: 20 }} />
            {t('inspections.upload.add')}
            <input
              ref={input}
              type="file"
              accept="image/*"
              capture="environment"
              multiple
              disabled={progress !== null}
              style={{ display: 'none' }}
              onChange={(e) => void pick(e.target.files)}
              data-testid={`${testId}-input`}
            />
          </label>
        ) : null}
      </div>
      {progress !== null ? <Progress percent={progress} size="small" style={{ marginTop: 4 }} data-testid={`${testId}-progress`} /> : null}
      {error ? (
        <Typography.Text type="danger" role="alert" data-testid={`${testId}-error`}>
          {error}
        </Typography.Text>
      ) : null}
    </div>
  );
}
