<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>SweepPanel</name>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="97"/>
        <source>Sweep</source>
        <translation>스윕</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="344"/>
        <source>Trials: fix the rows marked above</source>
        <translation>시행 수: 위에 표시된 행을 고치세요</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="347"/>
        <source>{points} points × {seeds} seeds = {trials} trials</source>
        <translation>점 {points}개 × 시드 {seeds}개 = 시행 {trials}회</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="350"/>
        <source>Base network: the Config panel&apos;s ({params} parameters), fitted to {dataset}</source>
        <translation>기본 네트워크: 설정 패널의 네트워크 (파라미터 {params}개), {dataset}에 맞춤</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="386"/>
        <source>Opening the study…</source>
        <translation>스터디를 여는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="386"/>
        <source>Starting the sweep…</source>
        <translation>스윕을 시작하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="399"/>
        <source>Stopping…</source>
        <translation>중지하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="448"/>
        <source>estimating…</source>
        <translation>추정 중…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="450"/>
        <source> · trial {n}: epoch {e}/{E}, batch {b}/{B}</source>
        <translation> · 시행 {n}: 에포크 {e}/{E}, 배치 {b}/{B}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="453"/>
        <source>Study {study}: {done} of {total} trials done{now} · ETA {eta}</source>
        <translation>스터디 {study}: 시행 {total}회 중 {done}회 완료{now} · 남은 시간 {eta}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="472"/>
        <source>Study {study}: stopped; {done} of {total} trials kept (Resume continues it)</source>
        <translation>스터디 {study}: 중지됨; 시행 {total}회 중 {done}회 보관됨 (재개하면 이어서 학습합니다)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="474"/>
        <source>Study {study}: completed; {done} of {total} trials</source>
        <translation>스터디 {study}: 완료; 시행 {total}회 중 {done}회</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="481"/>
        <source>The sweep failed: {message}</source>
        <translation>스윕 실패: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="522"/>
        <source>Study {study}: {done} of {total} trials done</source>
        <translation>스터디 {study}: 시행 {total}회 중 {done}회 완료</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="540"/>
        <source>Export the sweep&apos;s trials as CSV</source>
        <translation>스윕의 시행을 CSV로 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="541"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="548"/>
        <source>Trials written to {path}</source>
        <translation>시행을 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="553"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="553"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="555"/>
        <source>Export the sweep&apos;s plots</source>
        <translation>스윕 그래프 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="563"/>
        <source>{path}: choose a .png or .svg file</source>
        <translation>{path}: .png 또는 .svg 파일을 고르세요</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="567"/>
        <source>DenseNet Explorer: a sweep</source>
        <translation>DenseNet Explorer: 스윕</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="571"/>
        <source>Plots written to {path}</source>
        <translation>그래프를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="575"/>
        <source>Not written: {reason}</source>
        <translation>저장하지 못했습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="587"/>
        <source>A sweep is running</source>
        <translation>스윕이 실행 중입니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="588"/>
        <source>A sweep is running. Stop it and close the window? Finished trials stay in the study; Resume continues it later.</source>
        <translation>스윕이 실행 중입니다. 중지하고 창을 닫을까요? 끝난 시행은 스터디에 남고, 나중에 재개하면 이어서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="590"/>
        <source>Stop and close</source>
        <translation>중지하고 닫기</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="591"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="612"/>
        <source>The config field or training setting this axis varies</source>
        <translation>이 축이 바꾸는 설정 필드 또는 학습 설정</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="613"/>
        <source>6, 12, 24  or  0.05..0.2 x4 log</source>
        <translation>6, 12, 24  또는  0.05..0.2 x4 log</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="614"/>
        <source>Values separated by commas, or a range LO..HI xN (add log for log-spaced values)</source>
        <translation>쉼표로 구분한 값, 또는 LO..HI xN 형식의 범위 (예: 0.05..0.2 x4는 0.05부터 0.2까지 값 4개; 끝에 log를 붙이면 로그 간격)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="618"/>
        <source>Grid: one row per field</source>
        <translation>그리드: 필드마다 한 행</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="619"/>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="620"/>
        <source>Remove row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="621"/>
        <source>Remove the last row</source>
        <translation>마지막 행을 삭제합니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="622"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="622"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="622"/>
        <source>Batches/epoch</source>
        <translation>에포크당 배치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="623"/>
        <source>Seeds</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="623"/>
        <source>Workers</source>
        <translation>작업 프로세스</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="623"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="625"/>
        <source>Offline data shipped with the app; the network is fitted to it</source>
        <translation>앱과 함께 제공되는 오프라인 데이터; 네트워크를 이 데이터에 맞춥니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="626"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="627"/>
        <source>Each grid point is trained once per seed (0, 1, …)</source>
        <translation>그리드의 각 점을 시드(0, 1, …)마다 한 번씩 학습합니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="628"/>
        <source>Trials trained at once, each in its own process</source>
        <translation>동시에 학습하는 시행 수 (시행마다 별도 프로세스)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="629"/>
        <source>Where every trial trains</source>
        <translation>모든 시행을 학습할 장치</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="632"/>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="633"/>
        <source>Train every point and seed; trials are kept in a database</source>
        <translation>모든 점과 시드를 학습합니다; 시행은 데이터베이스에 보관됩니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="634"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="635"/>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="636"/>
        <source>Continue the chosen study: train the trials it still misses</source>
        <translation>고른 스터디를 이어서 실행합니다: 아직 끝나지 않은 시행을 학습합니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="637"/>
        <source>The studies in the sweep database</source>
        <translation>스윕 데이터베이스에 있는 스터디</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="638"/>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="639"/>
        <source>Export plots…</source>
        <translation>그래프 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="640"/>
        <source>Both plots as PNG or SVG</source>
        <translation>두 그래프를 PNG 또는 SVG로</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="641"/>
        <source>Plots</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="642"/>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="645"/>
        <source>Parameters (log)</source>
        <translation>파라미터 (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="645"/>
        <source>Multiply-adds (log)</source>
        <translation>곱셈-누산(MAC) (로그 눈금)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="646"/>
        <source>Validation accuracy</source>
        <translation>검증 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="646"/>
        <source>mean ± std over seeds</source>
        <translation>시드별 평균 ± 표준편차</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_panel.py" line="652"/>
        <source>Type the grid, then Start.</source>
        <translation>그리드를 입력한 뒤 시작을 누르세요.</translation>
    </message>
</context>
<context>
    <name>SweepTableModel</name>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="106"/>
        <source>complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="107"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="108"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="109"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="115"/>
        <source>seed {seed} · accuracy {acc}</source>
        <translation>시드 {seed} · 정확도 {acc}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="116"/>
        <source>parameters {params} · multiply-adds {macs}</source>
        <translation>파라미터 {params} · 곱셈-누산(MAC) {macs}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="190"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="190"/>
        <source>Multiply-adds</source>
        <translation>곱셈-누산(MAC)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="191"/>
        <source>Mean accuracy</source>
        <translation>평균 정확도</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="191"/>
        <source>Std</source>
        <translation>표준편차</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="191"/>
        <source>Trials</source>
        <translation>시행</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="192"/>
        <source>Seconds/trial</source>
        <translation>시행당 초</translation>
    </message>
    <message>
        <location filename="../../ui/panels/sweep_model.py" line="259"/>
        <source>trial {n}, seed {seed}: {state}, {acc}</source>
        <translation>시행 {n}, 시드 {seed}: {state}, {acc}</translation>
    </message>
</context>
</TS>
