// The dialog body of the reject and withdraw actions: an Arabic comment box and a confirm button,
// which stays disabled while a required comment is empty.
import {Button, Flex, Stack, Text, TextArea} from '@sanity/ui'
import {useState} from 'react'

export interface CommentDialogProps {
  prompt: string
  confirmText: string
  required: boolean
  tone: 'critical' | 'caution'
  onConfirm: (comment: string) => void
  onCancel: () => void
}

export function CommentDialog({prompt, confirmText, required, tone, onConfirm, onCancel}: CommentDialogProps) {
  const [comment, setComment] = useState('')
  const blank = comment.trim() === ''
  return (
    <Stack gap={4} padding={4} dir="rtl" lang="ar">
      <Text size={1}>{prompt}</Text>
      <TextArea rows={4} value={comment} onChange={(event) => setComment(event.currentTarget.value)} dir="rtl" lang="ar" />
      <Flex gap={2} justify="flex-end">
        <Button mode="bleed" text="إلغاء" onClick={onCancel} />
        <Button tone={tone} text={confirmText} disabled={required && blank} onClick={() => onConfirm(comment)} />
      </Flex>
    </Stack>
  )
}
