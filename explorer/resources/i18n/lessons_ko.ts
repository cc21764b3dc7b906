<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="56"/>
        <source>Lesson</source>
        <translation>단원</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="160"/>
        <source>Open lesson…</source>
        <translation>단원 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="161"/>
        <source>Reveal</source>
        <translation>정답 보기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="162"/>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="163"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="164"/>
        <source>your prediction</source>
        <translation>내 예측</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="178"/>
        <source>Step {n} of {count}</source>
        <translation>{count}단계 중 {n}단계</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="179"/>
        <source>Network: {title}</source>
        <translation>네트워크: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="183"/>
        <source>Predict: {what}</source>
        <translation>예측해 보세요: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="186"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="210"/>
        <source>True value: {value}  ({formula})</source>
        <translation>실제 값: {value}  ({formula})</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="212"/>
        <source>Your prediction: {guess}</source>
        <translation>내 예측: {guess}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="225"/>
        <source>Done in {seconds:.1f} s</source>
        <translation>{seconds:.1f}초 만에 끝났습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="267"/>
        <source>Open lesson</source>
        <translation>단원 열기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="267"/>
        <source>Lessons (*.json)</source>
        <translation>단원 (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="342"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_panel.py" line="355"/>
        <source>The run failed: {error}</source>
        <translation>실행하지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>LessonTable</name>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="133"/>
        <source>memory-efficient</source>
        <translation>메모리 효율 모드</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="133"/>
        <source>plain</source>
        <translation>기본</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="135"/>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="135"/>
        <source>Ledger estimate (1 image)</source>
        <translation>층별 채널 표의 추정값 (이미지 1장)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="135"/>
        <source>Measured (1 image)</source>
        <translation>측정값 (이미지 1장)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="139"/>
        <source>layer {n}</source>
        <translation>층 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="139"/>
        <source>transition</source>
        <translation>전이 층</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="142"/>
        <source>Layer / source</source>
        <translation>층 / 입력원</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="142"/>
        <source>input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="147"/>
        <location filename="../../ui/panels/lesson_widgets.py" line="162"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="147"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="147"/>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="162"/>
        <source>Step</source>
        <translation>한 층씩</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="162"/>
        <source>Asked</source>
        <translation>질문</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="162"/>
        <source>Your prediction</source>
        <translation>내 예측</translation>
    </message>
    <message>
        <location filename="../../ui/panels/lesson_widgets.py" line="163"/>
        <source>True value</source>
        <translation>실제 값</translation>
    </message>
</context>
</TS>
